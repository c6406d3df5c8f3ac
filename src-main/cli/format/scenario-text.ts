import type {
  OpenedComparison,
  SavedComparisonSummary,
  ScenarioComparison,
  ScenarioFigures,
  ScenarioResult,
} from '../../../src-shared/model/scenarios';
import { show, textTable } from './text-table';

const money = (x: number | null, currency: string) =>
  x === null
    ? '–'
    : `${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
const signed = (x: number | null, currency: string) =>
  x === null ? '–' : `${x > 0 ? '+' : ''}${money(x, currency)}`;

/** One saved or built-in scenario as `scenario list` shows it. */
export interface ScenarioListEntry {
  name: string;
  builtIn: boolean;
  description: string | null;
  horizonMonths: number | null;
  savedAt: string | null;
  updatedAt: string | null;
}

export function formatScenarioList(entries: readonly ScenarioListEntry[]): string {
  const lines = [
    textTable(entries, [
      { header: 'scenario', value: (e) => e.name },
      {
        header: 'horizon',
        value: (e) => (e.horizonMonths === null ? '–' : `${e.horizonMonths} months`),
        align: 'right',
      },
      {
        header: 'saved',
        value: (e) => (e.builtIn ? 'built in' : (e.updatedAt ?? '').slice(0, 16).replace('T', ' ')),
      },
      { header: 'description', value: (e) => e.description ?? '' },
    ]),
  ];
  if (entries.every((e) => e.builtIn))
    lines.push(
      '',
      'No saved scenarios yet. Save one with `scenario save NAME --json-file S.json`.',
    );
  return lines.join('\n');
}

const periodLines = (label: string, f: ScenarioFigures, currency: string): string[] => [
  `${label}:`,
  `  customers ${show.int(f.customers)}, payout ${money(f.payout, currency)} (paid ${money(f.paid, currency)}, pending ${money(f.pending, currency)}, clawed back ${money(f.clawedBack, currency)}; bonuses ${money(f.bonuses, currency)})`,
  `  revenue ${money(f.revenue, currency)}, net revenue ${money(f.netRevenue, currency)}, ROI ${show.fixed(f.roi, 2)}, cost per customer ${money(f.costPerCustomer, currency)}, payback month ${show.text(f.paybackMonth === null ? null : String(f.paybackMonth))}`,
];

/** A scenario's totals, its spread of partner earnings and its top partners, for the terminal. */
export function formatScenario(result: ScenarioResult, topPartners = 10): string {
  const c = result.currency;
  const e = result.earnings;
  const top = [...result.partners]
    .sort((a, b) => b.history.payout - a.history.payout)
    .slice(0, topPartners);
  const lines = [
    `${result.name}: as of ${result.asOf}, in ${c}, projected over ${result.horizonMonths} months`,
    ...periodLines('History', result.history, c),
    ...periodLines('Projection (expected)', result.projection, c),
    `Partner earnings: min ${money(e.min, c)}, quartiles ${money(e.q1, c)} / ${money(e.median, c)} / ${money(e.q3, c)}, max ${money(e.max, c)}; the top 10% take ${show.percent(e.top10Share)}`,
    '',
    textTable(top, [
      { header: 'partner', value: (p) => p.name ?? p.partnerId },
      { header: 'customers', value: (p) => show.int(p.history.customers), align: 'right' },
      { header: 'payout', value: (p) => money(p.history.payout, c), align: 'right' },
      { header: 'net revenue', value: (p) => money(p.history.netRevenue, c), align: 'right' },
      { header: 'projected payout', value: (p) => money(p.projection.payout, c), align: 'right' },
    ]),
  ];
  if (result.partners.length > top.length)
    lines.push(
      `… and ${result.partners.length - top.length} more partners (--json lists them all).`,
    );
  if (result.customersLeftOutOfMoney > 0)
    lines.push(
      `${result.customersLeftOutOfMoney} referred customers are left out: their money is not known in ${c} (${result.excludedCurrencies.join(', ')}).`,
    );
  return lines.join('\n');
}

/** Scenarios side by side with their deltas against the baseline, for history and projection. */
export function formatComparison(comparison: ScenarioComparison): string {
  const c = comparison.scenarios[0]?.currency ?? '';
  const table = (period: 'history' | 'projection') =>
    textTable(comparison.scenarios, [
      {
        header: 'scenario',
        value: (s) => (s.name === comparison.baseline ? `${s.name} (baseline)` : s.name),
      },
      { header: 'payout', value: (s) => money(s[period].payout, c), align: 'right' },
      {
        header: 'Δ payout',
        value: (s) => signed(deltaOf(s, period)?.payout ?? null, c),
        align: 'right',
      },
      { header: 'net revenue', value: (s) => money(s[period].netRevenue, c), align: 'right' },
      {
        header: 'Δ net revenue',
        value: (s) => signed(deltaOf(s, period)?.netRevenue ?? null, c),
        align: 'right',
      },
      { header: 'ROI', value: (s) => show.fixed(s[period].roi, 2), align: 'right' },
      {
        header: 'cost/customer',
        value: (s) => money(s[period].costPerCustomer, c),
        align: 'right',
      },
    ]);
  const movers = comparison.scenarios
    .filter((s) => s.movers && s.movers.length > 0)
    .map(
      (s) =>
        `Moves most in ${s.name}: ${(s.movers ?? [])
          .slice(0, 5)
          .map((m) => `${m.name ?? m.partnerId} ${signed(m.delta, c)}`)
          .join(', ')}`,
    );
  return [
    'History:',
    table('history'),
    '',
    'Projection (expected values):',
    table('projection'),
    ...(movers.length > 0 ? ['', ...movers] : []),
  ].join('\n');
}

const deltaOf = (s: ScenarioResult, period: 'history' | 'projection') =>
  period === 'history' ? s.delta : s.delta?.projection;

export function formatComparisonList(list: readonly SavedComparisonSummary[]): string {
  if (list.length === 0)
    return 'No saved comparisons yet. Save one with `scenario compare NAME... --save C`.';
  return textTable(list, [
    { header: 'comparison', value: (c) => c.name },
    { header: 'baseline', value: (c) => c.baseline },
    { header: 'scenarios', value: (c) => c.scenarios.join(', ') },
    { header: 'saved', value: (c) => c.savedAt.slice(0, 16).replace('T', ' ') },
    { header: 'data revision', value: (c) => String(c.dataRevision), align: 'right' },
  ]);
}

/** A saved comparison as saved, and whether (and why) it is out of date. */
export function formatOpenedComparison(opened: OpenedComparison): string {
  const head = opened.stale
    ? [
        `"${opened.name}" (saved ${opened.savedAt.slice(0, 16).replace('T', ' ')}) is out of date:`,
        ...opened.reasons.map((r) => `  ${r}`),
        'Evaluated now:',
        '',
        formatComparison(opened.current),
        '',
        'As saved:',
      ]
    : [`"${opened.name}" (saved ${opened.savedAt.slice(0, 16).replace('T', ' ')}) is up to date.`];
  return [...head, formatComparison(opened.saved)].join('\n');
}
