import type { AdvocateRow, SignalContribution } from '../../../src-shared/model/analysis/score';
import type { CaseStudyList } from '../../analysis/results/case-study-list';
import { show, textTable } from './text-table';

/** The two signals that carry a score most, e.g. "nps 31, usageLevel 18". */
const drivers = (contributions: readonly SignalContribution[]): string =>
  [...contributions]
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3)
    .map((c) => `${c.signal} ${c.contribution.toFixed(0)}`)
    .join(', ');

export function formatAdvocates(rows: readonly AdvocateRow[]): string {
  return textTable(rows, [
    { header: '#', value: (r) => String(r.rank), align: 'right' },
    { header: 'account', value: (r) => r.accountId },
    { header: 'name', value: (r) => show.text(r.name).slice(0, 32) },
    { header: 'score', value: (r) => r.score.toFixed(1), align: 'right' },
    { header: 'tier', value: (r) => r.tier },
    { header: 'coverage', value: (r) => show.percent(r.coverage, 0), align: 'right' },
    { header: 'NPS', value: (r) => show.int(r.npsLatest), align: 'right' },
    { header: 'tenure', value: (r) => show.int(r.tenureMonths), align: 'right' },
    { header: 'MRR', value: (r) => show.money(r.mrr), align: 'right' },
    { header: 'channel', value: (r) => show.text(r.channel) },
    { header: 'partner', value: (r) => (r.isPartner ? 'yes' : '') },
    { header: 'largest contributions', value: (r) => drivers(r.contributions) },
  ]);
}

export function formatCaseStudies(list: CaseStudyList): string {
  const r = list.rule;
  const rule = `Rule "${r.name}": ${r.activeOnly ? 'active, ' : ''}tenure ≥ ${r.minTenureMonths} months, NPS ≥ ${r.minNps}, score ≥ ${r.minScore}${r.requireChampionContact ? ', a champion or decision-maker contact' : ''}${r.excludeConsentRefused ? ', consent not refused' : ''}, not asked in ${r.notAskedWithinDays} days, not declined in ${r.notDeclinedWithinDays} days.`;
  return [
    rule,
    `${list.candidates.length} candidate${list.candidates.length === 1 ? '' : 's'} as of ${list.asOf}.`,
    '',
    textTable(list.candidates, [
      { header: 'account', value: (c) => c.accountId },
      { header: 'name', value: (c) => show.text(c.name).slice(0, 30) },
      { header: 'score', value: (c) => c.score.toFixed(1), align: 'right' },
      { header: 'contact', value: (c) => show.text(c.contact.name) },
      { header: 'role', value: (c) => show.text(c.contact.role) },
      { header: 'e-mail', value: (c) => show.text(c.contact.email) },
      { header: 'tenure', value: (c) => show.int(c.proof.tenureMonths), align: 'right' },
      { header: 'expansions', value: (c) => String(c.proof.expansionCount), align: 'right' },
      {
        header: 'usage growth',
        value: (c) => show.percent(c.proof.usageGrowth, 0),
        align: 'right',
      },
      { header: 'NPS', value: (c) => show.int(c.proof.npsLatest), align: 'right' },
      { header: 'use case', value: (c) => show.text(c.proof.useCase) },
    ]),
  ].join('\n');
}
