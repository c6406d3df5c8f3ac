import { useId, useRef } from 'react';
import { useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { FileTableIcon, ImportIcon } from './import-icons';

interface DropZoneProps {
  /** Files are already waiting: a slim strip instead of the full invitation. */
  compact: boolean;
  dragging: boolean;
}

/**
 * Where files come in. The button asks the system's own dialog first; where there is none (in a
 * browser), the page's file picker opens instead. Dropping works anywhere on the view.
 */
export function DropZone({ compact, dragging }: DropZoneProps) {
  const m = useMessages();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const chooseImportFiles = useAppStore((state) => state.chooseImportFiles);
  const stageFiles = useAppStore((state) => state.stageFiles);

  const choose = async () => {
    const handled = await chooseImportFiles();
    if (!handled) input.current?.click();
  };

  const picker = (
    <input
      ref={input}
      type="file"
      multiple
      accept=".csv,.tsv,.txt,text/csv,text/plain"
      className="visually-hidden"
      tabIndex={-1}
      // The button above opens it; assistive technology needs only the button.
      aria-hidden="true"
      aria-label={m.import.drop.inputLabel}
      data-testid="file-input"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) void stageFiles(files);
      }}
    />
  );
  const button = (
    <button
      type="button"
      className={compact ? 'button button-secondary button-small' : 'button button-primary'}
      onClick={() => void choose()}
      aria-describedby={hintId}
      data-testid="choose-files"
    >
      <FileTableIcon />
      <span>{m.import.choose}</span>
    </button>
  );

  if (compact) {
    return (
      <div className={dragging ? 'drop-strip is-dragging' : 'drop-strip'} data-testid="drop-zone">
        <ImportIcon />
        <span id={hintId}>{dragging ? m.import.drop.release : m.import.drop.more}</span>
        {button}
        {picker}
      </div>
    );
  }
  return (
    <section
      className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
      data-testid="drop-zone"
      aria-labelledby={`${hintId}-title`}
    >
      <span className="drop-zone-icon">
        <ImportIcon />
      </span>
      <h2 id={`${hintId}-title`}>{dragging ? m.import.drop.release : m.import.drop.title}</h2>
      <p id={hintId}>{m.import.drop.body}</p>
      {button}
      <p className="drop-zone-formats">{m.import.drop.formats}</p>
      {picker}
    </section>
  );
}
