import type { AppError } from '../../../src-shared/result';
import { useMessages } from '../../i18n/use-i18n';

/** Main's reason for refusing the section's last change, or for failing to read it. */
export function SectionError({ error }: { error: AppError | null }) {
  const m = useMessages();
  if (!error) return null;
  return (
    <p className="form-error settings-error" role="alert" data-testid="settings-error">
      <strong>{m.settings.failed}.</strong> {error.message}
    </p>
  );
}
