import type { Messages } from '../../i18n/messages';
import { AccountLink } from '../../results/AccountLink';
import type { ListColumnSpec } from '../../table/list-columns';

/** The columns the advocate lists can show, in their order; `shown` are on at first. */
export function advocateColumnSpecs(m: Messages): ListColumnSpec[] {
  const h = m.advocates.columns;
  return [
    {
      id: 'rank',
      header: h.rank,
      kind: 'integer',
      width: '5.25rem',
      minWidth: 84,
      firstDirection: 'ascending',
    },
    {
      id: 'name',
      header: h.name,
      kind: 'text',
      width: 'minmax(12rem, 2.2fr)',
      minWidth: 200,
      cell: (row) => (
        <AccountLink accountId={String(row['key'])} name={row['name'] as string | null} />
      ),
    },
    { id: 'tier', header: h.tier, kind: 'tier', width: '7.5rem', minWidth: 120 },
    { id: 'score', header: h.score, kind: 'number', width: '5rem', minWidth: 80 },
    { id: 'coverage', header: h.coverage, kind: 'share', width: '6rem', minWidth: 96 },
    { id: 'npsLatest', header: h.npsLatest, kind: 'number', width: '4.5rem', minWidth: 72 },
    { id: 'tenureMonths', header: h.tenureMonths, kind: 'integer', width: '6.5rem', minWidth: 104 },
    { id: 'mrr', header: h.mrr, kind: 'money', width: '7rem', minWidth: 112 },
    { id: 'expansions', header: h.expansions, kind: 'integer', width: '6.5rem', minWidth: 104 },
    { id: 'channel', header: h.channel, kind: 'text', width: 'minmax(8rem, 1fr)', minWidth: 128 },
    {
      id: 'partnerName',
      header: h.partnerName,
      kind: 'text',
      width: 'minmax(8rem, 1fr)',
      minWidth: 128,
    },
    { id: 'csm', header: h.csm, kind: 'text', width: 'minmax(8rem, 1fr)', minWidth: 128 },
    { id: 'plan', header: h.plan, kind: 'text', width: '7rem', minWidth: 112 },
    { id: 'industry', header: h.industry, kind: 'text', width: 'minmax(8rem, 1fr)', minWidth: 128 },
    { id: 'country', header: h.country, kind: 'text', width: '6rem', minWidth: 96 },
    { id: 'status', header: h.status, kind: 'status', width: '7rem', minWidth: 112 },
    { id: 'ltv', header: h.ltv, kind: 'money', width: '7rem', minWidth: 112 },
    { id: 'healthScore', header: h.healthScore, kind: 'number', width: '5rem', minWidth: 80 },
    { id: 'accountId', header: h.accountId, kind: 'text', width: '8rem', minWidth: 128 },
    { id: 'domain', header: h.domain, kind: 'text', width: 'minmax(9rem, 1fr)', minWidth: 144 },
  ];
}

/** The columns shown until the analyst chooses others. */
export const defaultAdvocateColumns = [
  'rank',
  'name',
  'tier',
  'score',
  'coverage',
  'npsLatest',
  'tenureMonths',
  'mrr',
  'expansions',
  'channel',
  'partnerName',
  'csm',
];

/** The filters of the advocate lists, in the filter bar's order. */
export const advocateFilters = ['tier', 'channel', 'partner', 'plan', 'csm', 'status'] as const;
