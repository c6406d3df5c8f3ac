import { type CaseStudyCandidate } from '../../src-shared/model/analysis/case-studies';
import { signalNames, type AdvocateRow } from '../../src-shared/model/analysis/score';
import type { CellValue, ExportTable } from './table';

/** The advocate list as a table: one row per account, each signal's percentile and contribution. */
export function advocatesTable(rows: readonly AdvocateRow[]): ExportTable {
  return {
    name: 'Advocates',
    headers: [
      'Rank',
      'Account ID',
      'Name',
      'Advocate score',
      'Tier',
      'Coverage',
      'Signals present',
      'Channel',
      'Partner ID',
      'Plan',
      'Industry',
      'MRR',
      'Tenure (months)',
      'Latest NPS',
      'Already a partner',
      ...signalNames.flatMap((s) => [`${s} value`, `${s} percentile`, `${s} contribution`]),
    ],
    rows: rows.map((r): CellValue[] => {
      const bySignal = new Map(r.contributions.map((c) => [c.signal, c]));
      return [
        r.rank,
        r.accountId,
        r.name,
        round(r.score, 2),
        r.tier,
        round(r.coverage, 4),
        r.signalsPresent,
        r.channel,
        r.partnerId,
        r.plan,
        r.industry,
        r.mrr,
        r.tenureMonths,
        r.npsLatest,
        r.isPartner,
        ...signalNames.flatMap((s) => {
          const c = bySignal.get(s);
          return c
            ? [
                Number.isNaN(c.value) ? null : c.value,
                round(c.percentile, 2),
                round(c.contribution, 4),
              ]
            : [null, null, null];
        }),
      ];
    }),
  };
}

/** Case-study candidates with the contact to approach and the proof points of DESIGN section 4. */
export function caseStudiesTable(candidates: readonly CaseStudyCandidate[]): ExportTable {
  return {
    name: 'Case studies',
    headers: [
      'Account ID',
      'Name',
      'Advocate score',
      'Tier',
      'Contact',
      'Role',
      'Title',
      'E-mail',
      'Other approachable contacts',
      'Tenure (months)',
      'Expansions',
      'Expansion MRR',
      'Usage growth',
      'Latest NPS',
      'Use case',
      'Channel',
      'Industry',
      'Plan',
      'Last asked',
    ],
    rows: candidates.map((c): CellValue[] => [
      c.accountId,
      c.name,
      round(c.score, 2),
      c.tier,
      c.contact.name,
      c.contact.role,
      c.contact.title,
      c.contact.email,
      c.otherContacts,
      c.proof.tenureMonths,
      c.proof.expansionCount,
      c.proof.expansionMrr,
      c.proof.usageGrowth === null ? null : round(c.proof.usageGrowth, 4),
      c.proof.npsLatest,
      c.proof.useCase,
      c.channel,
      c.industry,
      c.plan,
      c.lastAskedAt,
    ]),
  };
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
