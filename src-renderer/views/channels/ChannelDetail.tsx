import { useCallback, useMemo } from 'react';
import type { ListQuery } from '../../../src-shared/model/lists';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountLink } from '../../results/AccountLink';
import { navigateTo } from '../../shell/navigation';
import { DataTable } from '../../table/DataTable';
import { ExportMenu, listExportRequest } from '../../table/ExportMenu';
import { listTableColumns, type ListColumnSpec } from '../../table/list-columns';
import { useListSource } from '../../table/use-list-source';
import { monthlyChurnOption } from './channel-chart-options';
import { customersQuery, type ChannelTableRow } from './channel-rows';

/** The channel picked: its churn month by month, and its customers in the data table. */
export function ChannelDetail({
  row,
  version,
  currency,
}: {
  row: ChannelTableRow;
  version: number;
  currency: string;
}) {
  const m = useMessages();
  const format = useFormat();
  const c = m.channels.charts;
  const months = row.row.monthlyChurn;
  const option = useCallback(
    (palette: ChartPalette) => monthlyChurnOption(months, palette, m, format),
    [months, m, format],
  );
  const h = m.advocates.columns;
  const specs: ListColumnSpec[] = useMemo(
    () => [
      {
        id: 'name',
        header: h.name,
        kind: 'text',
        width: 'minmax(11rem, 2fr)',
        minWidth: 176,
        cell: (r) => <AccountLink accountId={String(r['key'])} name={r['name'] as string | null} />,
      },
      { id: 'status', header: h.status, kind: 'status', width: '7rem', minWidth: 112 },
      { id: 'tier', header: h.tier, kind: 'tier', width: '7.5rem', minWidth: 120 },
      { id: 'mrr', header: h.mrr, kind: 'money', width: '7rem', minWidth: 112 },
      { id: 'tenureMonths', header: h.tenureMonths, kind: 'integer', width: '7rem', minWidth: 112 },
      { id: 'npsLatest', header: h.npsLatest, kind: 'number', width: '4.5rem', minWidth: 72 },
      {
        id: 'partnerName',
        header: h.partnerName,
        kind: 'text',
        width: 'minmax(8rem, 1fr)',
        minWidth: 128,
      },
    ],
    [h],
  );
  const columns = useMemo(
    () => listTableColumns(specs, format, m, currency),
    [specs, format, m, currency],
  );
  const ids = useMemo(() => specs.map((s) => s.id), [specs]);
  const query: ListQuery = useMemo(() => customersQuery(row.key), [row.key]);
  const source = useListSource('accounts', ids, query, version);
  const title = m.channels.detail.customers(row.label);
  return (
    <div className="channel-detail" data-testid="channel-detail" data-channel={row.key}>
      <div className="card channel-churn">
        <Chart
          title={c.churnTitle(row.label)}
          description={c.churnDescription}
          summary={c.churnSummary(format.integer(months.length))}
          minHeight={200}
          option={option}
          testId="channel-churn"
        />
      </div>
      <section className="card card-flush" aria-label={title}>
        <div className="table-toolbar">
          <div className="table-toolbar-title">
            <h3>{title}</h3>
            {source.count !== null && (
              <span className="table-toolbar-count" data-testid="channel-customer-count">
                {m.table.matching(format.integer(source.count))}
              </span>
            )}
          </div>
          <div className="table-toolbar-actions">
            <ExportMenu
              title={title}
              testId="export-channel-customers"
              request={listExportRequest('accounts', title, specs, query)}
            />
          </div>
        </div>
        <DataTable
          testId="channel-customers"
          label={title}
          columns={columns}
          source={source}
          rowKey={(r) => String(r['key'])}
          sort={query.sort ?? null}
          onSortChange={() => undefined}
          onOpen={(r) => navigateTo('customer-360', String(r['key']))}
          maxHeight={360}
          empty={m.table.empty}
        />
      </section>
    </div>
  );
}
