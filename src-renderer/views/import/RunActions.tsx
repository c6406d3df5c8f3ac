import { useState } from 'react';
import type { ImportRunSummary } from '../../../src-shared/model/import';
import type { AppError } from '../../../src-shared/result';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { UndoIcon } from './import-icons';
import { RejectedRowsButton } from './RejectedRowsButton';

/** Undo, with the reason when it cannot be done yet, and the rejected rows of one run. */
export function RunActions(props: { run: ImportRunSummary; onUndo(run: ImportRunSummary): void }) {
  const m = useMessages();
  const format = useFormat();
  const [error, setError] = useState<AppError | null>(null);
  const { run } = props;
  const t = m.import.history;
  const blocked = run.blockedBy.length > 0;
  const why = !run.undoable
    ? t.notUndoable
    : blocked
      ? t.blocked(format.list(run.blockedBy.map((id) => `#${id}`)))
      : undefined;
  return (
    <span className="run-actions">
      {run.status === 'completed' && (
        <button
          type="button"
          className="button button-ghost button-small"
          disabled={!run.undoable || blocked}
          title={why}
          aria-label={t.undoOf(run.fileName)}
          aria-description={why}
          onClick={() => props.onUndo(run)}
          data-testid="undo-run"
        >
          <UndoIcon />
          <span>{t.undo}</span>
        </button>
      )}
      {run.rejected > 0 && (
        <RejectedRowsButton
          runId={run.id}
          label={t.download}
          accessibleLabel={t.downloadOf(run.fileName)}
          iconOnly
          onError={setError}
        />
      )}
      {error && (
        <span className="run-action-error" role="alert" title={error.message}>
          {m.import.summary.downloadFailed}
        </span>
      )}
    </span>
  );
}
