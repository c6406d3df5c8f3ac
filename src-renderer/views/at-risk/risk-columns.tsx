import type { Messages } from '../../i18n/messages';
import { AccountLink } from '../../results/AccountLink';
import type { ListColumnSpec } from '../../table/list-columns';
import { ReasonChip } from './ReasonChip';
import { parseReasons, reasonWords } from './risk-reasons';

/** The columns the risk list can show, in their order. */
export function riskColumnSpecs(m: Messages): ListColumnSpec[] {
  const h = m.atRisk.columns;
  return [
    {
      id: 'name',
      header: h.name,
      kind: 'text',
      width: 'minmax(10rem, 1.6fr)',
      minWidth: 160,
      cell: (row) => (
        <AccountLink accountId={String(row['key'])} name={row['name'] as string | null} />
      ),
    },
    {
      id: 'probability',
      header: h.probability,
      kind: 'share',
      width: '7.5rem',
      minWidth: 120,
      firstDirection: 'descending',
    },
    {
      id: 'mrr',
      header: h.mrr,
      kind: 'money',
      width: '6.5rem',
      minWidth: 104,
      firstDirection: 'descending',
    },
    {
      id: 'expectedLoss',
      header: h.expectedLoss,
      kind: 'money',
      width: '8rem',
      minWidth: 128,
      firstDirection: 'descending',
    },
    {
      id: 'reasons',
      header: h.reasons,
      kind: 'text',
      width: 'minmax(9rem, 1.3fr)',
      minWidth: 144,
      sortable: false,
      cell: (row) => {
        const first = parseReasons(row['reasons'])[0];
        return first ? <ReasonChip reason={reasonWords(first, m)} /> : null;
      },
    },
    { id: 'csm', header: h.csm, kind: 'text', width: 'minmax(7rem, 1fr)', minWidth: 112 },
    { id: 'plan', header: h.plan, kind: 'text', width: '7rem', minWidth: 112 },
    { id: 'channel', header: h.channel, kind: 'text', width: 'minmax(8rem, 1fr)', minWidth: 128 },
    {
      id: 'partnerName',
      header: h.partnerName,
      kind: 'text',
      width: 'minmax(8rem, 1fr)',
      minWidth: 128,
    },
    { id: 'tier', header: h.tier, kind: 'tier', width: '7.5rem', minWidth: 120 },
    { id: 'tenureMonths', header: h.tenureMonths, kind: 'integer', width: '6.5rem', minWidth: 104 },
    { id: 'npsLatest', header: h.npsLatest, kind: 'number', width: '4.5rem', minWidth: 72 },
    { id: 'healthScore', header: h.healthScore, kind: 'number', width: '5rem', minWidth: 80 },
    { id: 'accountId', header: h.accountId, kind: 'text', width: '8rem', minWidth: 128 },
  ];
}

/** The columns shown until the analyst chooses others. */
export const defaultRiskColumns = ['name', 'probability', 'mrr', 'expectedLoss', 'reasons', 'csm'];

/** The filters of the risk list, in the filter bar's order. */
export const riskFilters = ['csm', 'plan', 'channel', 'partner'] as const;
