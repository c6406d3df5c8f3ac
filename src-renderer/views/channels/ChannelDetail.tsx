import { useCallback, useMemo } from 'react';
import type { ListQuery } from '../../../src-shared/model/lists';
import { Chart } from '../../chart/Chart';
import type { ChartPalette } from '../../chart/chart-palette';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountsTable } from '../../results/AccountsTable';
import { monthlyChurnOption } from './channel-chart-options';
import { customersQuery, type ChannelTableRow } from './channel-rows';

const channelCustomerColumns = [
  'name',
  'status',
  'tier',
  'mrr',
  'tenureMonths',
  'npsLatest',
  'partnerName',
];

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
  const query: ListQuery = useMemo(() => customersQuery(row.key), [row.key]);
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
      <AccountsTable
        title={title}
        query={query}
        version={version}
        currency={currency}
        testId="channel-customers"
        countTestId="channel-customer-count"
        columns={channelCustomerColumns}
      />
    </div>
  );
}
