import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { TableColumn } from '../../table/table-types';
import type { ChannelTableRow } from './channel-rows';

/** The Channels table's columns: who came, how many stay, what they are worth, how they differ. */
export function channelColumns(
  m: Messages,
  format: Formatters,
  currency: string,
): TableColumn<ChannelTableRow>[] {
  const h = m.channels.columns;
  const none = <span className="muted">{m.common.none}</span>;
  const money = (v: number | null) => (v === null ? none : format.currency(v, currency));
  const share = (v: number | null) => (v === null ? none : format.percent(v));
  const end = { align: 'end' as const };
  return [
    {
      id: 'channel',
      header: h.channel,
      width: 'minmax(9rem, 1.5fr)',
      minWidth: 144,
      cell: (r) => <span className={r.baseline ? 'channel-baseline' : undefined}>{r.label}</span>,
      sortValue: (r) => (r.baseline ? '' : r.label),
      exportValue: (r) => r.label,
    },
    {
      id: 'customers',
      header: h.customers,
      width: '6rem',
      minWidth: 96,
      ...end,
      cell: (r) => format.integer(r.row.customers),
      sortValue: (r) => r.row.customers,
    },
    {
      id: 'active',
      header: h.active,
      width: '4.5rem',
      minWidth: 72,
      ...end,
      cell: (r) => format.integer(r.row.activeCustomers),
      sortValue: (r) => r.row.activeCustomers,
    },
    {
      id: 'advocateRate',
      header: h.advocateRate,
      width: '6.5rem',
      minWidth: 104,
      ...end,
      cell: (r) => share(r.row.advocateRate),
      sortValue: (r) => r.row.advocateRate,
    },
    {
      id: 'ltvSbg',
      header: h.ltvSbg,
      width: '6.5rem',
      minWidth: 104,
      ...end,
      cell: (r) => money(r.row.ltvSbg),
      sortValue: (r) => r.row.ltvSbg,
    },
    {
      id: 'ltvSimple',
      header: h.ltvSimple,
      width: '6.5rem',
      minWidth: 104,
      ...end,
      cell: (r) => money(r.row.ltvSimple),
      sortValue: (r) => r.row.ltvSimple,
    },
    {
      id: 'churn',
      header: h.churn,
      width: '6rem',
      minWidth: 96,
      ...end,
      cell: (r) => share(r.row.trailingSixMonthChurn),
      sortValue: (r) => r.row.trailingSixMonthChurn,
    },
    {
      id: 'nps',
      header: h.nps,
      width: '4rem',
      minWidth: 64,
      ...end,
      cell: (r) => (r.row.nps === null ? none : format.decimal(r.row.nps, 0)),
      sortValue: (r) => r.row.nps,
    },
    {
      id: 'median',
      header: h.median,
      width: '6.5rem',
      minWidth: 104,
      ...end,
      cell: (r) =>
        r.row.medianLifetimeMonths === null
          ? m.channels.notReached
          : m.channels.months(format.decimal(r.row.medianLifetimeMonths, 1)),
      sortValue: (r) => r.row.medianLifetimeMonths,
    },
    {
      id: 'logRank',
      header: h.logRank,
      width: '5.5rem',
      minWidth: 88,
      ...end,
      cell: (r) =>
        r.logRankP === null ? none : r.logRankP < 0.001 ? '< 0.001' : format.decimal(r.logRankP, 3),
      sortValue: (r) => r.logRankP,
    },
  ];
}
