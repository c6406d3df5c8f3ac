import type { CaseStudyCandidate } from '../../../src-shared/model/analysis/case-studies';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import { AccountLink } from '../../results/AccountLink';
import { TierBadge } from '../../results/TierBadge';
import type { TableColumn } from '../../table/table-types';

/** The candidates' columns: the account, the contact to approach, the proof points, the last ask. */
export function candidateColumns(
  m: Messages,
  format: Formatters,
  currency: string,
): TableColumn<CaseStudyCandidate>[] {
  const h = m.caseStudies.candidates.columns;
  const none = <span className="muted">{m.common.none}</span>;
  const number = (value: number | null, digits = 1) =>
    value === null ? none : format.decimal(value, digits);
  return [
    {
      id: 'name',
      header: h.name,
      width: 'minmax(10rem, 1.4fr)',
      minWidth: 160,
      cell: (c) => <AccountLink accountId={c.accountId} name={c.name} />,
      sortValue: (c) => c.name ?? c.accountId,
    },
    {
      id: 'score',
      header: h.score,
      width: '4.5rem',
      minWidth: 72,
      align: 'end',
      cell: (c) => format.decimal(c.score, 1),
      sortValue: (c) => c.score,
    },
    {
      id: 'tier',
      header: h.tier,
      width: '7rem',
      minWidth: 112,
      cell: (c) => <TierBadge tier={c.tier} />,
      sortValue: (c) => c.tier,
    },
    {
      id: 'contact',
      header: h.contact,
      width: 'minmax(9rem, 1.2fr)',
      minWidth: 144,
      cell: (c) => (
        <span className="candidate-contact">
          <span>{c.contact.name ?? c.contact.email ?? c.contact.contactId}</span>
          <span className="muted">
            {[c.contact.title, c.contact.role].filter(Boolean).join(' · ')}
            {c.otherContacts > 0 &&
              ` · ${m.caseStudies.candidates.more(format.integer(c.otherContacts))}`}
          </span>
        </span>
      ),
      sortValue: (c) => c.contact.name,
    },
    {
      id: 'email',
      header: h.email,
      width: 'minmax(9rem, 1.1fr)',
      minWidth: 144,
      cell: (c) =>
        c.contact.email ? <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a> : none,
      sortValue: (c) => c.contact.email,
    },
    {
      id: 'tenure',
      header: h.tenure,
      width: '6rem',
      minWidth: 96,
      align: 'end',
      cell: (c) => number(c.proof.tenureMonths),
      sortValue: (c) => c.proof.tenureMonths,
    },
    {
      id: 'expansions',
      header: h.expansions,
      width: '7rem',
      minWidth: 112,
      align: 'end',
      cell: (c) =>
        c.proof.expansionCount === 0
          ? format.integer(0)
          : `${format.integer(c.proof.expansionCount)} · ${format.currency(c.proof.expansionMrr, currency)}`,
      sortValue: (c) => c.proof.expansionMrr,
    },
    {
      id: 'usageGrowth',
      header: h.usageGrowth,
      width: '6rem',
      minWidth: 96,
      align: 'end',
      cell: (c) => (c.proof.usageGrowth === null ? none : format.percent(c.proof.usageGrowth)),
      sortValue: (c) => c.proof.usageGrowth,
    },
    {
      id: 'nps',
      header: h.nps,
      width: '4rem',
      minWidth: 64,
      align: 'end',
      cell: (c) => number(c.proof.npsLatest, 0),
      sortValue: (c) => c.proof.npsLatest,
    },
    {
      id: 'useCase',
      header: h.useCase,
      width: 'minmax(8rem, 1fr)',
      minWidth: 128,
      cell: (c) => c.proof.useCase ?? none,
      sortValue: (c) => c.proof.useCase,
    },
    {
      id: 'lastAsked',
      header: h.lastAsked,
      width: '7rem',
      minWidth: 112,
      cell: (c) => (c.lastAskedAt ? format.date(c.lastAskedAt) : m.caseStudies.candidates.never),
      sortValue: (c) => c.lastAskedAt,
    },
  ];
}
