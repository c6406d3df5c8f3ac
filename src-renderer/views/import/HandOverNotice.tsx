import { useMessages } from '../../i18n/use-i18n';
import { AlertIcon, CloseIcon } from '../../icons/ui-icons';
import { useAppStore } from '../../state/store';
import { handOverMessage } from './import-labels';

/** A file that could not be added, or a file dialog that could not open: what and why. */
export function HandOverNotice() {
  const m = useMessages();
  const problem = useAppStore((state) => state.stagingError);
  const dismiss = useAppStore((state) => state.dismissStagingError);
  if (!problem) return null;
  const title = problem.fileName
    ? m.import.handOver.failed(problem.fileName)
    : m.import.handOver.chooseFailed;
  return (
    <div className="notice notice-error import-notice" role="alert" data-testid="hand-over-error">
      <span className="notice-icon">
        <AlertIcon />
      </span>
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        <p className="notice-detail">{handOverMessage(m, problem.error)}</p>
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={dismiss}
        aria-label={m.import.handOver.dismiss}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
