import type { AppError } from '../../src-shared/result';
import { AlertIcon } from '../icons/ui-icons';
import './feedback.css';

interface ErrorNoticeProps {
  title: string;
  error: AppError;
  retryLabel: string;
  onRetry(): void;
}

/** A failure the analyst can read and act on: what failed, main's own words, and a way to retry. */
export function ErrorNotice({ title, error, retryLabel, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice-error" role="alert">
      <span className="notice-icon">
        <AlertIcon />
      </span>
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        <p className="notice-detail">{error.message}</p>
      </div>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
