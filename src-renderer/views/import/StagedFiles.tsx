import { useId, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../../i18n/use-i18n';
import { isImportable, type StagedFile } from '../../state/import-staging';
import { useAppStore } from '../../state/store';
import { rovingTarget } from '../../shell/roving-focus';
import { kindLabel } from './import-labels';
import { StagedFilePanel } from './StagedFilePanel';

type TabState = 'busy' | 'ready' | 'blocked' | 'failed';

const tabState = (file: StagedFile): TabState => {
  if (file.status === 'handing-over' || file.status === 'inspecting') return 'busy';
  if (file.status === 'failed') return 'failed';
  return isImportable(file) ? 'ready' : 'blocked';
};

/** The files waiting to be imported, one tab each; arrow keys move between them. */
export function StagedFiles() {
  const m = useMessages();
  const baseId = useId();
  const files = useAppStore(useShallow((state) => state.stagedFiles));
  const selectedId = useAppStore((state) => state.selectedFileId);
  const select = useAppStore((state) => state.selectStagedFile);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = files.find((f) => f.id === selectedId) ?? files[0];

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const key =
      event.key === 'ArrowRight' ? 'ArrowDown' : event.key === 'ArrowLeft' ? 'ArrowUp' : event.key;
    const target = rovingTarget(key, index, files.length);
    const file = target === null ? undefined : files[target];
    if (target === null || !file) return;
    event.preventDefault();
    select(file.id);
    tabs.current[target]?.focus();
  };

  const statusText: Record<TabState, (file: StagedFile) => string> = {
    busy: (file) =>
      file.status === 'handing-over' ? m.import.staged.handingOver : m.import.staged.inspecting,
    ready: () => m.import.staged.ready,
    blocked: () => m.import.staged.blocked,
    failed: () => m.import.staged.failed,
  };

  return (
    <section className="staged" aria-label={m.import.staged.label}>
      <div
        className="file-tabs"
        role="tablist"
        aria-label={m.import.staged.label}
        data-testid="staged-files"
      >
        {files.map((file, index) => {
          const active = file.id === selected?.id;
          const state = tabState(file);
          const kind = file.inspection?.kind;
          return (
            <button
              key={file.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${file.id}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel`}
              tabIndex={active ? 0 : -1}
              className="file-tab"
              data-file={file.fileName}
              data-state={state}
              onClick={() => select(file.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className={`file-tab-dot is-${state}`} aria-hidden="true" />
              <span className="file-tab-text">
                <span className="file-tab-name">{file.fileName}</span>
                <span className="file-tab-meta">
                  {kind ? `${kindLabel(m, kind)} · ` : ''}
                  {statusText[state](file)}
                </span>
              </span>
            </button>
          );
        })}
      </div>
      {selected && (
        <div
          className="file-panel card"
          role="tabpanel"
          id={`${baseId}-panel`}
          aria-labelledby={`${baseId}-tab-${selected.id}`}
          data-testid="file-panel"
          data-file={selected.fileName}
        >
          <StagedFilePanel file={selected} />
        </div>
      )}
    </section>
  );
}
