import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { TableColumn } from '../../table/table-types';
import type { PartnerTableRow } from './partner-rows';

/** Every figure of the partner report, one column each, the baseline's beside them. */
export function partnerColumns(
  m: Messages,
  format: Formatters,
  currency: string,
): TableColumn<PartnerTableRow>[] {
  const t = m.affiliates;
  const h = t.columns;
  const none = <span className="muted">{m.common.none}</span>;
  const money = (v: number | null | undefined) =>
    v === null || v === undefined ? none : format.currency(v, currency);
  const share = (v: number | null | undefined) =>
    v === null || v === undefined ? none : format.percent(v);
  const int = (v: number | null | undefined) =>
    v === null || v === undefined ? none : format.integer(v);
  const months = (v: number | null) => (v === null ? t.notReached : t.months(format.decimal(v, 1)));
  const num = (
    id: string,
    header: string,
    width: string,
    cell: TableColumn<PartnerTableRow>['cell'],
    sortValue: TableColumn<PartnerTableRow>['sortValue'],
  ): TableColumn<PartnerTableRow> => ({
    id,
    header,
    width,
    minWidth: Math.round(parseFloat(width) * 16),
    align: 'end',
    cell,
    ...(sortValue ? { sortValue } : {}),
  });
  return [
    {
      id: 'partner',
      header: h.partner,
      width: 'minmax(10rem, 1.6fr)',
      minWidth: 160,
      cell: (r) => (
        <span className={r.partner ? 'partner-name' : 'partner-name is-baseline'}>
          {r.label}
          {r.row.sbgShrunk && (
            <span className="partner-shrunk" title={t.shrunk} aria-label={t.shrunk}>
              ≈
            </span>
          )}
        </span>
      ),
      sortValue: (r) => (r.partner ? r.label : ''),
      exportValue: (r) => r.label,
    },
    {
      id: 'grade',
      header: h.grade,
      width: '5rem',
      minWidth: 80,
      cell: (r) =>
        r.partner ? (
          <span
            className={`grade grade-${r.partner.qualityGrade.charAt(0)}`}
            title={r.partner.gradeReason}
          >
            {r.partner.qualityGrade === 'insufficient data'
              ? t.insufficient
              : r.partner.qualityGrade}
          </span>
        ) : (
          none
        ),
      sortValue: (r) => r.partner?.qualityGrade ?? null,
    },
    {
      id: 'type',
      header: h.type,
      width: '7rem',
      minWidth: 112,
      cell: (r) => r.partner?.type ?? none,
      sortValue: (r) => r.partner?.type ?? null,
    },
    num(
      'leads',
      h.leads,
      '5rem',
      (r) => int(r.partner?.leads),
      (r) => r.partner?.leads ?? null,
    ),
    num(
      'conversions',
      h.conversions,
      '6.5rem',
      (r) => int(r.partner?.conversions),
      (r) => r.partner?.conversions ?? null,
    ),
    num(
      'conversionRate',
      h.conversionRate,
      '6rem',
      (r) => share(r.partner?.conversionRate),
      (r) => r.partner?.conversionRate ?? null,
    ),
    num(
      'active',
      h.active,
      '5rem',
      (r) => int(r.row.activeCustomers),
      (r) => r.row.activeCustomers,
    ),
    num(
      'churned',
      h.churned,
      '5rem',
      (r) => int(r.row.churnedCustomers),
      (r) => r.row.churnedCustomers,
    ),
    num(
      'churn',
      h.churn,
      '6rem',
      (r) => share(r.row.trailingSixMonthChurn),
      (r) => r.row.trailingSixMonthChurn,
    ),
    num(
      'median',
      h.median,
      '6.5rem',
      (r) => months(r.row.medianLifetimeMonths),
      (r) => r.row.medianLifetimeMonths,
    ),
    num(
      'sbgLifetime',
      h.sbgLifetime,
      '6.5rem',
      (r) =>
        r.row.expectedLifetimeMonths === null
          ? none
          : t.months(format.decimal(r.row.expectedLifetimeMonths, 1)),
      (r) => r.row.expectedLifetimeMonths,
    ),
    num(
      'revenue',
      h.revenue,
      '8rem',
      (r) => money(r.row.realisedRevenue),
      (r) => r.row.realisedRevenue,
    ),
    num(
      'ltv',
      h.ltv,
      '8rem',
      (r) => money(r.partner?.projectedLtvTotal),
      (r) => r.partner?.projectedLtvTotal ?? null,
    ),
    num(
      'commissions',
      h.commissions,
      '7.5rem',
      (r) => money(r.partner?.commissionsNet),
      (r) => r.partner?.commissionsNet ?? null,
    ),
    num(
      'crc',
      h.crc,
      '7.5rem',
      (r) => money(r.partner?.projectedRetentionCost),
      (r) => r.partner?.projectedRetentionCost ?? null,
    ),
    num(
      'roi',
      h.roi,
      '5.5rem',
      (r) => share(r.partner?.roi),
      (r) => r.partner?.roi ?? null,
    ),
    num(
      'payback',
      h.payback,
      '6.5rem',
      (r) =>
        r.partner?.paybackMonth == null ? none : t.month(format.integer(r.partner.paybackMonth)),
      (r) => r.partner?.paybackMonth ?? null,
    ),
    num(
      'refundRate',
      h.refundRate,
      '6rem',
      (r) => share(r.row.refundRate),
      (r) => r.row.refundRate,
    ),
    num(
      'inTrial',
      h.inTrial,
      '7rem',
      (r) => int(r.row.inTrialCancellations),
      (r) => r.row.inTrialCancellations,
    ),
    num(
      'advocates',
      h.advocates,
      '6rem',
      (r) => int(r.partner?.advocatesReferred ?? r.row.topAdvocates),
      (r) => r.partner?.advocatesReferred ?? r.row.topAdvocates,
    ),
  ];
}
