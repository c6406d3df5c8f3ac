import { type CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import {
  signalNames,
  type ScoreProfile,
  type TierThresholds,
} from '../../../src-shared/model/analysis/score';
import { tierLabels } from './analysis-text';
import { textTable } from './text-table';

const yesNo = (x: boolean) => (x ? 'yes' : 'no');
const active = (name: string, activeName: string) => (name === activeName ? '*' : '');

/** The weight profiles, the active one marked, and the one the stored scores came from. */
export function formatProfiles(
  profiles: readonly ScoreProfile[],
  activeName: string,
  analysedWith: string | null,
): string {
  return [
    'Advocate score weight profiles (* = active; the next `analyze` scores with it).',
    '',
    textTable(profiles, [
      { header: '', value: (p) => active(p.name, activeName) },
      { header: 'profile', value: (p) => p.name },
      ...signalNames.map((signal) => ({
        header: signal,
        value: (p: ScoreProfile) => String(p.weights[signal]),
        align: 'right' as const,
      })),
      { header: 'origin', value: (p) => (p.builtIn ? 'built in' : 'saved') },
    ]),
    '',
    'An account missing a signal is scored on the others, with their weights renormalised.',
    analysedWith === null
      ? 'The workspace has not been analysed yet.'
      : `The stored scores were computed with "${analysedWith}"${analysedWith === activeName ? '' : `; \`analyze\` scores them with "${activeName}"`}.`,
  ].join('\n');
}

/** One profile in a line: what was saved or chosen. */
export function formatProfile(profile: ScoreProfile, what: 'Saved' | 'Active'): string {
  const weights = signalNames.map((s) => `${s} ${profile.weights[s]}`).join(', ');
  return `${what}: score profile "${profile.name}" (${weights}).`;
}

/** The tier thresholds as score ranges. */
export function formatTiers(t: TierThresholds): string {
  const rows = [
    { tier: tierLabels.champion, lowest: String(t.champion), range: `${t.champion} to 100` },
    {
      tier: tierLabels.advocate,
      lowest: String(t.advocate),
      range: `${t.advocate} to < ${t.champion}`,
    },
    {
      tier: tierLabels.neutral,
      lowest: String(t.neutral),
      range: `${t.neutral} to < ${t.advocate}`,
    },
    { tier: tierLabels.at_risk, lowest: '0', range: `0 to < ${t.neutral}` },
  ];
  return [
    'Advocate tiers by score (0–100):',
    '',
    textTable(rows, [
      { header: 'tier', value: (r) => r.tier },
      { header: 'lowest score', value: (r) => r.lowest, align: 'right' },
      { header: 'scores', value: (r) => r.range },
    ]),
  ].join('\n');
}

/** The case-study rules side by side, the active one marked. */
export function formatRules(rules: readonly CaseStudyRule[], activeName: string): string {
  return [
    'Case-study rules (* = active; `case-studies` lists candidates under it).',
    '',
    textTable(rules, [
      { header: '', value: (r) => active(r.name, activeName) },
      { header: 'rule', value: (r) => r.name },
      { header: 'tenure ≥', value: (r) => String(r.minTenureMonths), align: 'right' },
      { header: 'NPS ≥', value: (r) => String(r.minNps), align: 'right' },
      { header: 'score ≥', value: (r) => String(r.minScore), align: 'right' },
      { header: 'champion contact', value: (r) => yesNo(r.requireChampionContact) },
      { header: 'not asked (days)', value: (r) => String(r.notAskedWithinDays), align: 'right' },
      {
        header: 'not declined (days)',
        value: (r) => String(r.notDeclinedWithinDays),
        align: 'right',
      },
      { header: 'refused consent out', value: (r) => yesNo(r.excludeConsentRefused) },
      { header: 'active only', value: (r) => yesNo(r.activeOnly) },
    ]),
    '',
    'Tenure in months. The built-in rule stays; save changes under another name.',
  ].join('\n');
}

/** One rule in words: what was saved or chosen. */
export function formatRule(rule: CaseStudyRule, what: 'Saved' | 'Active'): string {
  const parts = [
    `tenure ≥ ${rule.minTenureMonths} months`,
    `NPS ≥ ${rule.minNps}`,
    `score ≥ ${rule.minScore}`,
    rule.requireChampionContact
      ? 'a champion or decision-maker contact'
      : 'with or without a champion contact',
    `not asked within ${rule.notAskedWithinDays} days`,
    `not declined within ${rule.notDeclinedWithinDays} days`,
    rule.excludeConsentRefused ? 'refused consent left out' : 'refused consent kept',
    rule.activeOnly ? 'active customers only' : 'active or churned',
  ];
  return `${what}: case-study rule "${rule.name}" (${parts.join(', ')}).`;
}
