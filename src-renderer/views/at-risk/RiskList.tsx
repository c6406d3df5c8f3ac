import { useEffect, useMemo } from 'react';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import type { ListViewState } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { navigateTo } from '../../shell/navigation';
import { ColumnChooser } from '../../table/ColumnChooser';
import { DataTable } from '../../table/DataTable';
import { ExportMenu, listExportRequest } from '../../table/ExportMenu';
import { listTableColumns } from '../../table/list-columns';
import { useListSource } from '../../table/use-list-source';
import { defaultRiskColumns, riskColumnSpecs } from './risk-columns';

interface RiskListProps {
  state: ListViewState;
  version: number;
  onChange(change: Partial<ListViewState>): void;
}

/** Active accounts by churn probability, paged from main with the filters and sort applied there. */
export function RiskList({ state, version, onChange }: RiskListProps) {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((s) => s.summary);
  const currency = summary.state === 'ready' ? summary.value.currency : 'USD';
  const specs = useMemo(() => riskColumnSpecs(m), [m]);
  const visible = state.columns ?? defaultRiskColumns;
  const shown = useMemo(() => specs.filter((s) => visible.includes(s.id)), [specs, visible]);
  const columns = useMemo(
    () => listTableColumns(shown, format, m, currency),
    [shown, format, m, currency],
  );
  const ids = useMemo(() => shown.map((s) => s.id), [shown]);
  const source = useListSource('risk', ids, state.query, version);
  // The riskiest account is explained until the analyst picks another.
  const first = source.rowAt(0);
  useEffect(() => {
    if (state.selected === null && first) onChange({ selected: String(first['key']) });
  }, [state.selected, first, onChange]);

  const label = m.atRisk.tableLabel;
  return (
    <section className="card card-flush" aria-label={label}>
      <div className="table-toolbar">
        <div className="table-toolbar-title">
          <h3>{label}</h3>
          {source.count !== null && (
            <span className="table-toolbar-count" data-testid="risk-count">
              {m.table.matching(format.integer(source.count))}
            </span>
          )}
        </div>
        <div className="table-toolbar-actions">
          <ExportMenu
            title={label}
            testId="export-risk"
            request={listExportRequest('risk', label, shown, state.query)}
          />

          <ColumnChooser
            tableLabel={label}
            columns={specs}
            visible={visible}
            fixed={['name']}
            onChange={(columns) => onChange({ columns })}
          />
        </div>
      </div>
      <DataTable
        testId="risk-table"
        label={label}
        columns={columns}
        source={source}
        rowKey={(row) => String(row['key'])}
        sort={state.query.sort ?? { column: 'probability', direction: 'descending' }}
        onSortChange={(sort) => onChange({ query: { ...state.query, sort }, scrollTop: 0 })}
        activeKey={state.selected}
        onActiveChange={(key) => onChange({ selected: key })}
        onOpen={(row) => navigateTo('customer-360', String(row['key']))}
        maxHeight={520}
        initialScrollTop={state.scrollTop}
        onScrollTopChange={(top) => onChange({ scrollTop: top })}
        empty={m.table.noMatch}
      />
    </section>
  );
}
