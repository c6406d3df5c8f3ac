import { useCallback } from 'react';
import type { ListCell, ListQuery } from '../../../src-shared/model/lists';
import { ResultsGate } from '../../analysis/ResultsGate';
import { useChannel } from '../../api/use-channel';
import { FacetFilter } from '../../filters/FacetFilter';
import { SearchField } from '../../filters/SearchField';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AlertIcon } from '../../icons/ui-icons';
import { emptyListView } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { AccountReasons } from './AccountReasons';
import { ReliabilityNotice } from './ReliabilityNotice';
import { riskFilters } from './risk-columns';
import { RiskList } from './RiskList';
import { RiskModelCard } from './RiskModelCard';
import { RiskTotalsStrip } from './RiskTotalsStrip';
import './at-risk.css';

const VIEW = 'at-risk';
const DEFAULT_HORIZON_DAYS = 90;

/**
 * Active accounts ranked by their probability of churning within the model's horizon, with the
 * MRR at stake, the reasons and the CSM; the totals of what the filters keep; and the model card
 * that says how far the ranking can be trusted.
 */
export function AtRiskView() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.summary);
  const asOf = summary.state === 'ready' ? summary.value.stamp.asOf : null;
  return (
    <div className="view at-risk" data-testid="at-risk">
      <header className="view-header">
        <h1 className="view-title">{m.atRisk.title}</h1>
        {asOf && (
          <p className="view-subtitle">
            {m.atRisk.intro(format.integer(DEFAULT_HORIZON_DAYS), format.date(asOf))}
          </p>
        )}
      </header>
      <ResultsGate>
        <AtRiskBody />
      </ResultsGate>
    </div>
  );
}

function AtRiskBody() {
  const m = useMessages();
  const format = useFormat();
  const state = useAppStore((s) => s.listViews[VIEW] ?? emptyListView);
  const update = useAppStore((s) => s.updateListView);
  const version = useAppStore((s) => s.resultsVersion);
  const summary = useAppStore((s) => s.summary);
  const currency = summary.state === 'ready' ? summary.value.currency : 'USD';
  const report = useChannel('analysis:risk', { top: 1 }, version);
  const onChange = useCallback(
    (change: Parameters<typeof update>[1]) => update(VIEW, change),
    [update],
  );
  const query = state.query;
  const setQuery = (q: ListQuery) => update(VIEW, { query: q, scrollTop: 0 });
  const setFilter = (column: string, values: ListCell[] | undefined) => {
    const others = Object.entries(query.filters ?? {}).filter(([id]) => id !== column);
    const filters = Object.fromEntries(
      values === undefined ? others : [...others, [column, { values }]],
    );
    setQuery({ ...query, filters });
  };

  if (report === null) return null;
  const model = report.model;
  if (model === null) {
    return (
      <section className="analysis-empty card" data-testid="risk-no-model">
        <span className="analysis-empty-icon">
          <AlertIcon />
        </span>
        <h2>{m.atRisk.noModel.title}</h2>
        <p>{m.atRisk.noModel.body(format.integer(DEFAULT_HORIZON_DAYS))}</p>
      </section>
    );
  }
  const labels: Record<(typeof riskFilters)[number], string> = m.atRisk.filters;
  return (
    <>
      <ReliabilityNotice model={model} />
      <RiskTotalsStrip
        query={query}
        version={version}
        currency={currency}
        horizonDays={model.horizonDays}
      />
      <div className="filter-bar" data-testid="risk-filters">
        <SearchField
          label={m.atRisk.searchLabel}
          placeholder={m.atRisk.searchPlaceholder}
          value={query.search ?? ''}
          onChange={(search) => setQuery({ ...query, search })}
          testId="risk-search"
        />
        {riskFilters.map((column) => (
          <FacetFilter
            key={column}
            list="risk"
            column={column}
            label={labels[column]}
            query={query}
            version={version}
            selected={(() => {
              const f = query.filters?.[column];
              return f && 'values' in f ? f.values : undefined;
            })()}
            onChange={(values) => setFilter(column, values)}
          />
        ))}
      </div>
      <div className="risk-master-detail">
        <RiskList state={state} version={version} onChange={onChange} />
        <AccountReasons
          accountId={state.selected}
          version={version}
          currency={currency}
          horizonDays={model.horizonDays}
        />
      </div>
      <RiskModelCard model={model} />
    </>
  );
}
