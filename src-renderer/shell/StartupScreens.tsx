import type { AppError } from '../../src-shared/result';
import { useMessages } from '../i18n/use-i18n';
import { AlertIcon } from '../icons/ui-icons';
import { LogoMark } from '../icons/logo-mark';
import './startup.css';

/** Shown for the moment it takes to read the preferences, so no wrong language flashes by. */
export function StartingScreen() {
  const m = useMessages();
  return (
    <div className="startup" role="status" aria-busy="true">
      <LogoMark />
      <span className="visually-hidden">{m.app.starting}</span>
    </div>
  );
}

/** The services did not answer, such as when the page was opened without its access token. */
export function UnreachableScreen({ error, onRetry }: { error: AppError; onRetry(): void }) {
  const m = useMessages();
  return (
    <div className="startup">
      <div className="startup-card" role="alert">
        <span className="startup-alert">
          <AlertIcon />
        </span>
        <h1>{m.app.unreachableTitle}</h1>
        <p>{m.app.unreachableBody}</p>
        <p className="startup-detail">{error.message}</p>
        <button type="button" className="button button-primary" onClick={onRetry}>
          {m.app.retry}
        </button>
      </div>
    </div>
  );
}
