import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ListCell, ListQuery } from '../../../src-shared/model/lists';
import type { ScoreDistribution, Tier } from '../../../src-shared/model/analysis/score';
import { ResultsGate } from '../../analysis/ResultsGate';
import { api } from '../../api/client';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { FacetFilter } from '../../filters/FacetFilter';
import { SearchField } from '../../filters/SearchField';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { SegmentedControl } from '../../shell/SegmentedControl';
import { emptyListView } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { advocateFilters } from './advocate-columns';
import { AdvocateList } from './AdvocateList';
import { distributionOption } from './distribution-option';
import { ScoreExplanation } from '../../results/score/ScoreExplanation';
import './advocates.css';

const VIEW = 'advocates';

/**
 * Every scored account ranked by advocate score, filterable by tier, channel, partner, plan, CSM
 * and status, with the spread of scores by tier and the explanation of the account picked; and
 * the top advocates who are not partners yet, to recruit as affiliates.
 */
export function AdvocatesView() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.summary);
  const asOf = summary.state === 'ready' ? summary.value.stamp.asOf : null;
  return (
    <div className="view advocates" data-testid="advocates">
      <header className="view-header">
        <h1 className="view-title">{m.advocates.title}</h1>
        {asOf && <p className="view-subtitle">{m.advocates.intro(format.date(asOf))}</p>}
      </header>
      <ResultsGate>
        <AdvocatesBody />
      </ResultsGate>
    </div>
  );
}

function AdvocatesBody() {
  const m = useMessages();
  const format = useFormat();
  const state = useAppStore((s) => s.listViews[VIEW] ?? emptyListView);
  const update = useAppStore((s) => s.updateListView);
  const version = useAppStore((s) => s.resultsVersion);
  const tab = state.mode === 'recruits' ? 'recruits' : 'all';
  const list = tab === 'recruits' ? 'recruits' : 'advocates';
  const query = state.query;
  const setQuery = useCallback(
    (q: ListQuery) => update(VIEW, { query: q, scrollTop: 0 }),
    [update],
  );

  const setFilter = (column: string, values: ListCell[] | undefined) => {
    const others = Object.entries(query.filters ?? {}).filter(([id]) => id !== column);
    const filters = Object.fromEntries(
      values === undefined ? others : [...others, [column, { values }]],
    );
    setQuery({ ...query, filters });
  };
  const labels: Record<(typeof advocateFilters)[number], string> = m.advocates.filters;
  const labelOf = (column: string) => (value: ListCell, label: string | null) =>
    column === 'tier'
      ? m.tiers[value as Tier]
      : column === 'status'
        ? (m.statuses[String(value)] ?? String(value))
        : (label ?? String(value));

  return (
    <>
      <div className="advocates-toolbar">
        <SegmentedControl
          legend={m.advocates.title}
          testId="advocate-tabs"
          value={tab}
          options={[
            { value: 'all', label: m.advocates.tabs.all },
            { value: 'recruits', label: m.advocates.tabs.recruits },
          ]}
          onChange={(value: 'all' | 'recruits') =>
            update(VIEW, { mode: value, selected: null, scrollTop: 0 })
          }
        />
      </div>
      {tab === 'recruits' && <p className="view-note">{m.advocates.recruitsIntro}</p>}
      <div className="filter-bar" data-testid="advocate-filters">
        <SearchField
          label={m.advocates.searchLabel}
          placeholder={m.advocates.searchPlaceholder}
          value={query.search ?? ''}
          onChange={(search) => setQuery({ ...query, search })}
          testId="advocate-search"
        />
        {advocateFilters.map((column) => (
          <FacetFilter
            key={column}
            list={list}
            column={column}
            label={labels[column]}
            query={query}
            version={version}
            selected={(() => {
              const f = query.filters?.[column];
              return f && 'values' in f ? f.values : undefined;
            })()}
            onChange={(values) => setFilter(column, values)}
            labelOf={labelOf(column)}
          />
        ))}
      </div>
      <div className="advocates-master-detail">
        <AdvocateList
          list={list}
          state={state}
          version={version}
          onChange={(change) => update(VIEW, change)}
          label={tab === 'recruits' ? m.advocates.recruitsLabel : m.advocates.tableLabel}
          countText={(n) => m.table.matching(format.integer(n))}
        />
        <div className="advocates-detail">
          <aside className="card" aria-label={m.advocates.explanation.title}>
            <h3 className="card-title">{m.advocates.explanation.title}</h3>
            <ScoreExplanation accountId={state.selected} />
          </aside>
          <div className="card advocates-distribution">
            <ScoreDistributionChart query={query} version={version} />
          </div>
        </div>
      </div>
    </>
  );
}

function ScoreDistributionChart({ query, version }: { query: ListQuery; version: number }) {
  const m = useMessages();
  const format = useFormat();
  const [distribution, setDistribution] = useState<ScoreDistribution | null>(null);
  const key = JSON.stringify([query, version]);
  useEffect(() => {
    let current = true;
    void api.invoke('analysis:score-distribution', { query }).then((result) => {
      if (current && result.ok) setDistribution(result.value);
    });
    return () => {
      current = false;
    };
    // The key names everything the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const d = m.advocates.distribution;
  const option = useCallback(
    (palette: ChartPalette) =>
      distribution ? distributionOption(distribution, palette, m, format) : {},
    [distribution, m, format],
  );
  const summaryText = useMemo(
    () => d.summary(format.integer(distribution?.total ?? 0)),
    [d, format, distribution],
  );
  return (
    <Chart
      title={d.title}
      description={d.description}
      summary={summaryText}
      minHeight={150}
      option={option}
      testId="score-distribution"
    />
  );
}
