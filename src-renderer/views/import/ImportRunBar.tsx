import { useShallow } from 'zustand/react/shallow';
import { ProgressBar } from '../../feedback/ProgressBar';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { isImportable } from '../../state/import-staging';
import { useAppStore } from '../../state/store';
import { importProgress } from './import-labels';

/**
 * Stays in sight at the foot of the view: what is ready and the button to import it, then the
 * running import's progress in bytes and rows, with a way to cancel.
 */
export function ImportRunBar() {
  const job = useAppStore((state) => state.importJob);
  return (
    <div className="run-bar" data-testid="run-bar" data-state={job ? 'running' : 'idle'}>
      {job ? <RunProgress /> : <RunReady />}
    </div>
  );
}

function RunReady() {
  const m = useMessages();
  const format = useFormat();
  const counts = useAppStore(
    useShallow((state) => ({
      ready: state.stagedFiles.filter(isImportable).length,
      waiting: state.stagedFiles.filter(
        (f) => f.status === 'handing-over' || f.status === 'inspecting',
      ).length,
      total: state.stagedFiles.length,
    })),
  );
  const runImport = useAppStore((state) => state.runImport);
  const blocked = counts.total - counts.ready - counts.waiting;
  const t = m.import.run;
  return (
    <>
      <div className="run-bar-text" aria-live="polite">
        <p className="run-bar-title">
          {counts.ready > 0
            ? t.ready(counts.ready, format.integer(counts.ready))
            : counts.total > 0
              ? t.noneReady
              : t.nothingReady}
        </p>
        {(counts.waiting > 0 || blocked > 0) && (
          <p className="run-bar-detail">
            {[
              counts.waiting > 0 ? t.waiting : null,
              blocked > 0 ? t.blocked(blocked, format.integer(blocked)) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button-primary"
        disabled={counts.ready === 0 || counts.waiting > 0}
        onClick={() => void runImport()}
        data-testid="import-button"
      >
        {counts.ready > 0 ? t.start(counts.ready, format.integer(counts.ready)) : t.startNone}
      </button>
    </>
  );
}

function RunProgress() {
  const m = useMessages();
  const format = useFormat();
  const job = useAppStore((state) => state.importJob);
  const reported = useAppStore((state) => (job ? state.progress[job.jobId] : undefined));
  const progress = importProgress(reported);
  const cancel = useAppStore((state) => state.cancelImport);
  const t = m.import.run;
  const file = progress?.fileName ?? job?.fileNames[0] ?? '';
  const details = progress
    ? [
        progress.index !== null && progress.count !== null && progress.count > 1
          ? t.fileOf(format.integer(progress.index), format.integer(progress.count))
          : null,
        progress.total !== null
          ? t.bytes(format.bytes(progress.done), format.bytes(progress.total))
          : null,
        progress.rows !== null ? t.rowsRead(format.integer(progress.rows)) : null,
      ].filter(Boolean)
    : [t.preparing];
  const text = details.join(' · ');
  return (
    <>
      <div className="run-bar-text">
        <p className="run-bar-title">{t.importing(file)}</p>
        <p className="run-bar-detail" data-testid="run-progress-text">
          {text}
        </p>
      </div>
      <div className="run-bar-progress">
        <ProgressBar
          label={t.progressLabel}
          done={progress?.done ?? null}
          total={progress?.total ?? null}
          valueText={text}
        />
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void cancel()}
        disabled={job?.cancelling}
        data-testid="cancel-import"
      >
        {job?.cancelling ? t.cancelling : t.cancel}
      </button>
    </>
  );
}
