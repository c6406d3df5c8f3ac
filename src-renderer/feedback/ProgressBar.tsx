import './feedback.css';

interface ProgressBarProps {
  label: string;
  /** Null while the total is unknown: the bar then shows activity without a position. */
  done: number | null;
  total: number | null;
  valueText?: string;
}

/** Progress of long work, announced as it advances. */
export function ProgressBar({ label, done, total, valueText }: ProgressBarProps) {
  const known = done !== null && total !== null && total > 0;
  const share = known ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div
      className={known ? 'progress' : 'progress progress-indeterminate'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={known ? { width: `${share * 100}%` } : undefined} />
    </div>
  );
}
