import { useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../src-shared/result';
import { useMessages } from '../../i18n/use-i18n';
import { ModalDialog, useModal } from '../../shell/ModalDialog';

/** Asks before something is deleted; the choice that keeps it has the focus first. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  testId,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  testId: string;
  onConfirm(): Promise<Result<unknown>>;
  onClose(): void;
}) {
  const m = useMessages();
  const { ref, close } = useModal();
  const keep = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => keep.current?.focus(), []);
  const confirm = async () => {
    setBusy(true);
    const result = await onConfirm();
    setBusy(false);
    if (result.ok) close();
    else setError(result.error);
  };
  return (
    <ModalDialog dialogRef={ref} close={close} title={title} testId={testId} onClose={onClose}>
      <p className="dialog-intro">{body}</p>
      {error && (
        <p className="form-error" role="alert">
          <strong>{m.settings.failed}.</strong> {error.message}
        </p>
      )}
      <div className="dialog-actions">
        <button ref={keep} type="button" className="button button-secondary" onClick={close}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void confirm()}
          data-testid="confirm-delete"
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
