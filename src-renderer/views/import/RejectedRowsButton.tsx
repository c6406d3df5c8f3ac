import { useState } from 'react';
import type { AppError } from '../../../src-shared/result';
import { DownloadIcon } from '../../icons/ui-icons';
import { useAppStore } from '../../state/store';
import { downloadText } from './download-text';

/** Downloads a run's rejected rows as a CSV to fix and import again. */
export function RejectedRowsButton(props: {
  runId: number;
  label: string;
  /** The full name for assistive technology, when the visible label is short. */
  accessibleLabel?: string;
  /** Only the icon shows, in tight places such as a table row; the label is then its tooltip. */
  iconOnly?: boolean;
  onError(error: AppError | null): void;
}) {
  const rejectedRowsCsv = useAppStore((state) => state.rejectedRowsCsv);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    props.onError(null);
    const result = await rejectedRowsCsv(props.runId);
    setBusy(false);
    if (result.ok) downloadText(result.value.text, result.value.fileName);
    else props.onError(result.error);
  };
  return (
    <button
      type="button"
      className={props.iconOnly ? 'icon-button' : 'button button-secondary'}
      onClick={() => void download()}
      disabled={busy}
      aria-label={props.accessibleLabel}
      title={props.iconOnly ? props.accessibleLabel : undefined}
      data-testid="download-rejected"
    >
      <DownloadIcon />
      {!props.iconOnly && <span>{props.label}</span>}
    </button>
  );
}
