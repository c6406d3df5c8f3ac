import { useId, useMemo, useState } from 'react';
import type { DataCoverage } from '../../../src-shared/model/coverage';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { ProgressBar } from '../../feedback/ProgressBar';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { MemoryTable } from '../../table/MemoryTable';
import { reachBars, sourceRows } from './coverage-rows';
import { MaturityCard } from './MaturityCard';
import { ReachChart } from './ReachChart';
import { sourceColumns } from './source-columns';
import { SourceDetail } from './SourceDetail';
import './sources.css';

/** The data-coverage panel in each of its states: computing, failed, cancelled, ready. */
export function CoverageSection() {
  const m = useMessages();
  const titleId = useId();
  const coverage = useAppStore((state) => state.coverage);
  const recompute = useAppStore((state) => state.computeCoverage);

  return (
    <section
      className="coverage"
      aria-labelledby={titleId}
      aria-busy={coverage.state === 'loading'}
    >
      <div className="section-header">
        <h2 id={titleId}>{m.coverage.title}</h2>
        <p>{m.coverage.intro}</p>
      </div>
      {coverage.state === 'ready' && <CoverageReport coverage={coverage.value} />}
      {(coverage.state === 'loading' || coverage.state === 'idle') && <CoverageProgress />}
      {coverage.state === 'error' && (
        <ErrorNotice
          title={m.coverage.errorTitle}
          error={coverage.error}
          retryLabel={m.app.retry}
          onRetry={() => void recompute()}
        />
      )}
      {coverage.state === 'cancelled' && (
        <div className="notice" data-testid="coverage-cancelled">
          <p className="notice-body">{m.coverage.cancelled}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void recompute()}
          >
            {m.coverage.recompute}
          </button>
        </div>
      )}
    </section>
  );
}

function CoverageProgress() {
  const m = useMessages();
  const format = useFormat();
  const jobId = useAppStore((state) => state.coverageJobId);
  const progress = useAppStore((state) => (jobId ? state.progress[jobId] : undefined));
  const cancel = useAppStore((state) => state.cancelCoverage);
  const done = progress?.done ?? null;
  const total = progress?.total ?? null;
  const text =
    done !== null && total !== null
      ? m.coverage.progress(format.integer(done), format.integer(total))
      : m.jobs.working;
  return (
    <div className="card coverage-progress" data-testid="coverage-progress">
      <div className="coverage-progress-text">
        <p className="coverage-progress-title">{m.coverage.computing}</p>
        <p className="muted">{text}</p>
      </div>
      <ProgressBar label={m.coverage.computing} done={done} total={total} valueText={text} />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void cancel()}
        disabled={!jobId}
      >
        {m.jobs.cancel}
      </button>
    </div>
  );
}

function CoverageReport({ coverage }: { coverage: DataCoverage }) {
  const m = useMessages();
  const format = useFormat();
  const rows = useMemo(() => sourceRows(coverage), [coverage]);
  const bars = useMemo(() => reachBars(rows), [rows]);
  const columns = useMemo(() => sourceColumns(m, format), [m, format]);
  const hasReach = coverage.accounts > 0 && bars.length > 0;
  const [activeKind, setActiveKind] = useState<string>('accounts');
  const active = rows.find((row) => row.kind === activeKind) ?? rows[0];

  return (
    <>
      {/* Without accounts there is no reach to chart: the ladder and the next import say it all. */}
      <div className={hasReach ? 'coverage-top' : 'coverage-top coverage-top-single'}>
        {hasReach && (
          <div className="card">
            <ReachChart bars={bars} />
          </div>
        )}
        <MaturityCard coverage={coverage} />
      </div>
      <div className="coverage-sources">
        <div className="card card-flush">
          <MemoryTable
            testId="coverage-table"
            label={m.coverage.tableLabel}
            rows={rows}
            columns={columns}
            rowKey={(row) => row.kind}
            activeKey={active?.kind ?? null}
            onActiveChange={setActiveKind}
            rowClassName={(row) => (row.state === 'present' ? undefined : 'is-muted')}
            rowHeight={40}
            maxHeight={520}
          />
        </div>
        {active && <SourceDetail row={active} />}
      </div>
    </>
  );
}
