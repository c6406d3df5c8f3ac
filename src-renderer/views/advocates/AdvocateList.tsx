import { useEffect, useMemo } from 'react';
import type { ListName } from '../../../src-shared/model/lists';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import type { ListViewState } from '../../state/list-views-slice';
import { useAppStore } from '../../state/store';
import { ColumnChooser } from '../../table/ColumnChooser';
import { DataTable } from '../../table/DataTable';
import { ExportMenu, listExportRequest } from '../../table/ExportMenu';
import { listTableColumns } from '../../table/list-columns';
import { useListSource } from '../../table/use-list-source';
import { navigateTo } from '../../shell/navigation';
import { advocateColumnSpecs, defaultAdvocateColumns } from './advocate-columns';

interface AdvocateListProps {
  list: ListName;
  state: ListViewState;
  version: number;
  label: string;
  countText(count: number): string;
  onChange(change: Partial<ListViewState>): void;
}

/** The ranked list itself, paged from main: the columns chosen, sorted and filtered there. */
export function AdvocateList(props: AdvocateListProps) {
  const { state } = props;
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((s) => s.summary);
  const currency = summary.state === 'ready' ? summary.value.currency : 'USD';
  const specs = useMemo(() => advocateColumnSpecs(m), [m]);
  const visible = state.columns ?? defaultAdvocateColumns;
  const shown = useMemo(() => specs.filter((s) => visible.includes(s.id)), [specs, visible]);
  const columns = useMemo(
    () => listTableColumns(shown, format, m, currency),
    [shown, format, m, currency],
  );
  const ids = useMemo(() => shown.map((s) => s.id), [shown]);
  const source = useListSource(props.list, ids, state.query, props.version);
  const { onChange } = props;
  // The first account is explained until the analyst picks another.
  const first = source.rowAt(0);
  useEffect(() => {
    if (state.selected === null && first) onChange({ selected: String(first['key']) });
  }, [state.selected, first, onChange]);

  return (
    <section className="card card-flush" aria-label={props.label}>
      <div className="table-toolbar">
        <div className="table-toolbar-title">
          <h3>{props.label}</h3>
          {source.count !== null && (
            <span className="table-toolbar-count" data-testid="advocate-count">
              {props.countText(source.count)}
            </span>
          )}
        </div>
        <div className="table-toolbar-actions">
          <ExportMenu
            title={props.label}
            testId={`export-${props.list}`}
            request={listExportRequest(props.list, props.label, shown, state.query)}
          />

          <ColumnChooser
            tableLabel={props.label}
            columns={specs}
            visible={visible}
            fixed={['name']}
            onChange={(columns) => onChange({ columns })}
          />
        </div>
      </div>
      <DataTable
        testId="advocate-table"
        label={props.label}
        columns={columns}
        source={source}
        rowKey={(row) => String(row['key'])}
        sort={state.query.sort ?? { column: 'rank', direction: 'ascending' }}
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
