import { useEffect, useId, useRef, useState } from 'react';
import type { AppError, Result } from '../../../src-shared/result';
import { useMessages } from '../../i18n/use-i18n';
import { ModalDialog, useModal } from '../../shell/ModalDialog';

/**
 * Asks for a name (a new, duplicated or renamed profile) and runs the request with it; the dialog
 * stays open with main's message when the name is refused.
 */
export function NameDialog({
  title,
  initial,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: string;
  onSubmit(name: string): Promise<Result<unknown>>;
  onClose(): void;
}) {
  const m = useMessages();
  const t = m.settings.profiles;
  const { ref, close } = useModal();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => input.current?.select(), []);

  const submit = async () => {
    setBusy(true);
    const result = await onSubmit(name);
    setBusy(false);
    if (result.ok) close();
    else setError(result.error);
  };

  return (
    <ModalDialog dialogRef={ref} close={close} title={title} testId="name-dialog" onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId}>{t.namePrompt}</label>
        <input
          id={inputId}
          ref={input}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          data-testid="name-input"
        />
        {error && (
          <p className="form-error" role="alert">
            <strong>{m.settings.failed}.</strong> {error.message}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || name.trim() === ''}
            data-testid="name-confirm"
          >
            {t.confirm}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
