import { useMemo } from 'react';
import type { ListQuery } from '../../src-shared/model/lists';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { navigateTo } from '../shell/navigation';
import { DataTable } from '../table/DataTable';
import { ExportMenu, listExportRequest } from '../table/ExportMenu';
import { listTableColumns, type ListColumnSpec } from '../table/list-columns';
import { useListSource } from '../table/use-list-source';
import { AccountLink } from './AccountLink';

const defaultColumns = ['name', 'status', 'tier', 'score', 'mrr', 'tenureMonths'];

/**
 * The accounts of a group (a channel's, a partner's) in the data table, paged from main under a
 * fixed query, each opening Customer 360, with the table's Export.
 */
export function AccountsTable({
  title,
  query,
  version,
  currency,
  testId,
  countTestId = `${testId}-count`,
  columns: shownIds = defaultColumns,
}: {
  title: string;
  query: ListQuery;
  version: number;
  currency: string;
  testId: string;
  countTestId?: string;
  /** The columns shown, by id, in order. */
  columns?: readonly string[];
}) {
  const m = useMessages();
  const format = useFormat();
  const h = m.advocates.columns;
  const specs = useMemo(() => {
    const all: ListColumnSpec[] = [
      {
        id: 'name',
        header: h.name,
        kind: 'text',
        width: 'minmax(10rem, 2fr)',
        minWidth: 160,
        cell: (r) => <AccountLink accountId={String(r['key'])} name={r['name'] as string | null} />,
      },
      { id: 'status', header: h.status, kind: 'status', width: '6.5rem', minWidth: 104 },
      { id: 'tier', header: h.tier, kind: 'tier', width: '7.5rem', minWidth: 120 },
      { id: 'score', header: h.score, kind: 'number', width: '4.5rem', minWidth: 72 },
      { id: 'mrr', header: h.mrr, kind: 'money', width: '6.5rem', minWidth: 104 },
      {
        id: 'tenureMonths',
        header: h.tenureMonths,
        kind: 'integer',
        width: '6.5rem',
        minWidth: 104,
      },
      { id: 'npsLatest', header: h.npsLatest, kind: 'number', width: '4.5rem', minWidth: 72 },
      {
        id: 'partnerName',
        header: h.partnerName,
        kind: 'text',
        width: 'minmax(8rem, 1fr)',
        minWidth: 128,
      },
    ];
    return shownIds.flatMap((id) => all.filter((spec) => spec.id === id));
  }, [h, shownIds]);
  const columns = useMemo(
    () => listTableColumns(specs, format, m, currency),
    [specs, format, m, currency],
  );
  const ids = useMemo(() => specs.map((s) => s.id), [specs]);
  const source = useListSource('accounts', ids, query, version);
  return (
    <section className="card card-flush" aria-label={title}>
      <div className="table-toolbar">
        <div className="table-toolbar-title">
          <h3>{title}</h3>
          {source.count !== null && (
            <span className="table-toolbar-count" data-testid={countTestId}>
              {m.table.matching(format.integer(source.count))}
            </span>
          )}
        </div>
        <div className="table-toolbar-actions">
          <ExportMenu
            title={title}
            testId={`export-${testId}`}
            request={listExportRequest('accounts', title, specs, query)}
          />
        </div>
      </div>
      <DataTable
        testId={testId}
        label={title}
        columns={columns}
        source={source}
        rowKey={(r) => String(r['key'])}
        sort={query.sort ?? null}
        onSortChange={() => undefined}
        onOpen={(r) => navigateTo('customer-360', String(r['key']))}
        maxHeight={300}
        empty={m.table.empty}
      />
    </section>
  );
}
