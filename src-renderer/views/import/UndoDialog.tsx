import { useEffect, useRef, useState } from 'react';
import type { ImportRunSummary } from '../../../src-shared/model/import';
import type { AppError } from '../../../src-shared/result';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { ModalDialog, useModal } from '../../shell/ModalDialog';

/**
 * Asks before an import is undone, saying what will happen. A modal dialog: focus stays inside,
 * Escape or "Keep it" closes it, and the choice that keeps the data has the focus first.
 */
export function UndoDialog({ run, onClose }: { run: ImportRunSummary; onClose(): void }) {
  const m = useMessages();
  const format = useFormat();
  const { ref: dialogRef, close } = useModal();
  const keep = useRef<HTMLButtonElement>(null);
  const undoImportRun = useAppStore((state) => state.undoImportRun);
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const t = m.import.undo;

  useEffect(() => {
    keep.current?.focus();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await undoImportRun(run.id);
    setBusy(false);
    if (result.ok) {
      announce(t.done(run.fileName));
      close();
    } else setError(result.error);
  };

  return (
    <ModalDialog
      dialogRef={dialogRef}
      close={close}
      title={t.title}
      testId="undo-dialog"
      className="undo-dialog"
      onClose={onClose}
    >
      <p className="dialog-intro">{t.body(run.fileName, format.dateTime(run.startedAt))}</p>
      <p className="dialog-intro">
        {t.counts(format.integer(run.inserted), format.integer(run.updated))}
      </p>
      {error && (
        <p className="form-error" role="alert">
          <strong>{t.failed}.</strong> {error.message}
        </p>
      )}
      <div className="dialog-actions">
        <button
          ref={keep}
          type="button"
          className="button button-secondary"
          onClick={close}
          disabled={busy}
        >
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => void confirm()}
          disabled={busy}
          data-testid="confirm-undo"
        >
          {busy ? t.working : t.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}
