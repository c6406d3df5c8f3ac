import { useId, useMemo, useState } from 'react';
import type { ImportRunSummary } from '../../../src-shared/model/import';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { ProgressBar } from '../../feedback/ProgressBar';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { MemoryTable } from '../../table/MemoryTable';
import { historyColumns } from './history-columns';
import { UndoDialog } from './UndoDialog';

/** Every import into this workspace, newest first, each of which can be undone. */
export function ImportHistory() {
  const m = useMessages();
  const format = useFormat();
  const titleId = useId();
  const runs = useAppStore((state) => state.importRuns);
  const reload = useAppStore((state) => state.loadImportRuns);
  const [undoing, setUndoing] = useState<ImportRunSummary | null>(null);
  const columns = useMemo(() => historyColumns(m, format, setUndoing), [m, format]);
  const t = m.import.history;

  return (
    <section
      className="import-history"
      aria-labelledby={titleId}
      aria-busy={runs.state === 'loading'}
      data-testid="import-history"
    >
      <div className="section-header">
        <h2 id={titleId}>{t.title}</h2>
        <p>{t.intro}</p>
      </div>
      {runs.state === 'error' && (
        <ErrorNotice
          title={t.errorTitle}
          error={runs.error}
          retryLabel={m.app.retry}
          onRetry={() => void reload()}
        />
      )}
      {(runs.state === 'loading' || runs.state === 'idle') && (
        <div className="card">
          <ProgressBar label={t.title} done={null} total={null} />
        </div>
      )}
      {runs.state === 'ready' &&
        (runs.value.length === 0 ? (
          <p className="card history-empty">{t.empty}</p>
        ) : (
          <div className="card card-flush">
            <MemoryTable
              testId="history-table"
              label={t.tableLabel}
              rows={runs.value}
              columns={columns}
              rowKey={(run) => String(run.id)}
              rowClassName={(run) => (run.status === 'undone' ? 'is-muted' : undefined)}
              rowHeight={52}
              maxHeight={52 * 8}
            />
          </div>
        ))}
      {undoing && <UndoDialog run={undoing} onClose={() => setUndoing(null)} />}
    </section>
  );
}
