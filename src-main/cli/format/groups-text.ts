import type {
  AffiliatesOverview,
  BaselineRow,
  ChannelReport,
  ChannelRow,
  PartnerRow,
} from '../../../src-shared/model/analysis/economics';
import { show, textTable, type TextColumn } from './text-table';

type Group = ChannelRow | PartnerRow | BaselineRow;

const economics: TextColumn<Group>[] = [
  { header: 'customers', value: (r) => show.int(r.customers), align: 'right' },
  { header: 'active', value: (r) => show.int(r.activeCustomers), align: 'right' },
  { header: 'churn/mo', value: (r) => show.percent(r.trailingSixMonthChurn, 1), align: 'right' },
  { header: 'median life', value: (r) => show.int(r.medianLifetimeMonths), align: 'right' },
  { header: 'exp. life', value: (r) => show.fixed(r.expectedLifetimeMonths, 1), align: 'right' },
  { header: 'ARPA', value: (r) => show.money(r.arpa), align: 'right' },
  { header: 'LTV (sBG)', value: (r) => show.money(r.ltvSbg), align: 'right' },
  { header: 'LTV (ARPA/churn)', value: (r) => show.money(r.ltvSimple), align: 'right' },
];

const assumptions = (r: { currency: string; grossMargin: number; discountRate: number }) =>
  `Money in ${r.currency}; LTV at a gross margin of ${show.percent(r.grossMargin, 0)} and a discount rate of ${show.percent(r.discountRate, 1)} a year; lifetimes over at most 120 months. * = sBG shrunk toward all customers (small group).`;

/** Which currencies had no rate, and how many customers' money that kept out of the figures. */
const leftOut = (report: { excludedCurrencies: string[] }, rows: readonly Group[]): string[] => {
  if (report.excludedCurrencies.length === 0) return [];
  const customers = rows.reduce((sum, r) => sum + r.customersLeftOutOfMoney, 0);
  return [
    `No exchange rate for ${report.excludedCurrencies.join(', ')}: money figures leave out the customers billed in them (${show.int(customers)} in the rows above); counts, churn and lifetimes include them. Set rates to count them.`,
  ];
};

const label = (name: string, shrunk: boolean) => `${name}${shrunk ? ' *' : ''}`;

export function formatChannels(report: ChannelReport): string {
  const rows: Group[] = [report.baseline, report.allCustomers, ...report.channels];
  return [
    `Channels as of ${report.asOf}.`,
    '',
    textTable(rows, [
      {
        header: 'channel',
        value: (r) =>
          label('channel' in r ? r.channel : `[${(r as BaselineRow).label}]`, r.sbgShrunk),
      },
      ...economics,
      { header: 'advocate rate', value: (r) => show.percent(r.advocateRate, 1), align: 'right' },
      { header: 'NPS', value: (r) => show.fixed(r.nps, 0), align: 'right' },
      {
        header: 'vs baseline p',
        value: (r) => ('channel' in r ? show.p(r.logRankPVersusBaseline) : ''),
        align: 'right',
      },
    ]),
    '',
    assumptions(report),
    ...leftOut(report, report.channels),
  ].join('\n');
}

export function formatAffiliates(report: AffiliatesOverview): string {
  const rows: Group[] = [report.baseline, ...report.partners];
  const partner = (r: Group): PartnerRow | null => ('partnerId' in r ? r : null);
  const lines = [
    `Affiliate partners as of ${report.asOf}, against customers nobody referred.`,
    '',
    textTable(rows, [
      {
        header: 'partner',
        value: (r) =>
          label(
            partner(r)?.name ?? partner(r)?.partnerId ?? `[${(r as BaselineRow).label}]`,
            r.sbgShrunk,
          ),
      },
      {
        header: 'grade',
        value: (r) => partner(r)?.qualityGrade.replace('insufficient data', '–') ?? '',
      },
      {
        header: 'leads',
        value: (r) => (partner(r) ? show.int(partner(r)?.leads) : ''),
        align: 'right',
      },
      {
        header: 'conv.',
        value: (r) => show.percent(partner(r)?.conversionRate, 0),
        align: 'right',
      },
      ...economics,
      { header: 'revenue', value: (r) => show.money(r.realisedRevenue), align: 'right' },
      {
        header: 'commissions',
        value: (r) => (partner(r) ? show.money(partner(r)?.commissionsNet) : ''),
        align: 'right',
      },
      { header: 'ROI', value: (r) => show.fixed(partner(r)?.roi, 1), align: 'right' },
      { header: 'payback', value: (r) => show.int(partner(r)?.paybackMonth), align: 'right' },
      { header: 'refunds', value: (r) => show.percent(r.refundRate, 1), align: 'right' },
      { header: 'advocates', value: (r) => show.int(r.topAdvocates), align: 'right' },
    ]),
    '',
    assumptions(report),
    ...leftOut(report, report.partners),
    "ROI = (projected LTV − commissions − projected retention cost) ÷ commissions; payback = first month (1 = the first payment's) in which the average customer's gross profit covers commissions and CRC.",
  ];
  if (report.recruits.length > 0) {
    lines.push(
      '',
      'Advocates to recruit as affiliates (top tiers, not partners yet):',
      '',
      textTable(report.recruits, [
        { header: 'account', value: (r) => r.accountId },
        { header: 'name', value: (r) => show.text(r.name).slice(0, 30) },
        { header: 'score', value: (r) => r.score.toFixed(1), align: 'right' },
        { header: 'NPS', value: (r) => show.int(r.npsLatest), align: 'right' },
        { header: 'tenure', value: (r) => show.int(r.tenureMonths), align: 'right' },
        { header: 'contact', value: (r) => show.text(r.contact?.name) },
        { header: 'e-mail', value: (r) => show.text(r.contact?.email) },
      ]),
    );
  }
  return lines.join('\n');
}
