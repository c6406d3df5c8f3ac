import type { PayoutSeries, ScenarioResult } from '../../../src-shared/model/scenarios';
import { axisMoney, escapeHtml, money } from './report-text';

/** Colours that stay apart for the colour-blind (Okabe–Ito), one per scenario in turn. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
];
export const colourOf = (i: number): string => PALETTE[i % PALETTE.length] as string;

const fixed = (x: number) => (Math.round(x * 10) / 10).toString();

/** A value's position on [low, high] mapped onto [0, length]. */
const scale = (low: number, high: number, length: number) => (x: number) =>
  high === low ? 0 : ((x - low) / (high - low)) * length;

/**
 * History payout and net revenue per scenario as horizontal bars from a zero line (net revenue
 * can be negative), each bar labelled with its value.
 */
export function payoutBars(scenarios: readonly ScenarioResult[]): string {
  const labelWidth = 280;
  const plotWidth = 560;
  const row = 22;
  const values = scenarios.flatMap((s) => [s.history.payout, s.history.netRevenue]);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values, 1);
  const x = scale(low, high, plotWidth);
  const height = scenarios.length * row * 2 + 30;
  const bars = scenarios.flatMap((s, i) => {
    const top = 10 + i * row * 2;
    return (
      [
        ['payout', s.history.payout, colourOf(i), 1],
        ['net revenue', s.history.netRevenue, colourOf(i), 0.45],
      ] as const
    ).map(([what, value, colour, opacity], j) => {
      const y = top + j * row;
      const from = Math.min(x(0), x(value));
      const width = Math.abs(x(value) - x(0));
      return [
        `<text x="${labelWidth - 8}" y="${fixed(y + 14)}" text-anchor="end">${escapeHtml(`${s.name}: ${what}`)}</text>`,
        `<rect x="${fixed(labelWidth + from)}" y="${y + 3}" width="${fixed(Math.max(width, 0.5))}" height="${row - 6}" fill="${colour}" fill-opacity="${opacity}"/>`,
        `<text x="${fixed(labelWidth + Math.max(x(0), x(value)) + 4)}" y="${fixed(y + 14)}">${escapeHtml(money(value))}</text>`,
      ].join('');
    });
  });
  const zero = labelWidth + x(0);
  return `<svg role="img" aria-label="History payout and net revenue per scenario" viewBox="0 0 ${labelWidth + plotWidth + 120} ${height}" width="100%" font-size="12" font-family="system-ui, sans-serif">${bars.join('')}<line x1="${fixed(zero)}" x2="${fixed(zero)}" y1="4" y2="${height - 20}" stroke="#555"/></svg>`;
}

/**
 * Payout by month, one line per scenario; the projected months are drawn dashed, apart from
 * the history by a vertical rule, and labelled as expected.
 */
export function payoutByMonth(series: PayoutSeries): string {
  const width = 760;
  const height = 260;
  const left = 60;
  const bottom = 30;
  const plotWidth = width - left - 10;
  const plotHeight = height - bottom - 10;
  const n = series.months.length;
  if (n === 0) return '<p>No months to draw.</p>';
  const values = series.scenarios.flatMap((s) => s.payout);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const x = (i: number) => left + (n === 1 ? plotWidth / 2 : (i / (n - 1)) * plotWidth);
  const y = scale(high, low, plotHeight);
  const split = series.firstProjectedMonth;
  const path = (payout: readonly number[], from: number, to: number) =>
    payout
      .slice(from, to)
      .map((v, k) => `${fixed(x(from + k))},${fixed(10 + y(v))}`)
      .join(' ');
  const lines = series.scenarios.map((s, i) => {
    const history = path(s.payout, 0, Math.min(split, n));
    const projected = path(s.payout, Math.max(0, split - 1), n);
    return [
      history === ''
        ? ''
        : `<polyline points="${history}" fill="none" stroke="${colourOf(i)}" stroke-width="2"/>`,
      projected === '' || split >= n
        ? ''
        : `<polyline points="${projected}" fill="none" stroke="${colourOf(i)}" stroke-width="2" stroke-dasharray="5 4"/>`,
    ].join('');
  });
  const rule =
    split > 0 && split < n
      ? `<line x1="${fixed(x(split))}" x2="${fixed(x(split))}" y1="10" y2="${10 + plotHeight}" stroke="#888" stroke-dasharray="2 3"/><text x="${fixed(x(split) + 4)}" y="22">projected (expected)</text>`
      : '';
  const asOfLabel =
    split > 0 && split < n
      ? `<text x="${fixed(x(split - 1))}" y="${height - 8}" text-anchor="middle">${escapeHtml(series.months[split - 1] ?? '')}</text>`
      : '';
  const first = series.months[0] ?? '';
  const last = series.months[n - 1] ?? '';
  const axis = [
    `<line x1="${left}" x2="${left + plotWidth}" y1="${fixed(10 + y(0))}" y2="${fixed(10 + y(0))}" stroke="#555"/>`,
    `<text x="${left - 6}" y="${fixed(14 + y(high))}" text-anchor="end">${escapeHtml(axisMoney(high))}</text>`,
    `<text x="${left - 6}" y="${fixed(14 + y(0))}" text-anchor="end">${escapeHtml(axisMoney(0))}</text>`,
    `<text x="${left}" y="${height - 8}">${escapeHtml(first)}</text>`,
    `<text x="${left + plotWidth}" y="${height - 8}" text-anchor="end">${escapeHtml(last)}</text>`,
  ].join('');
  return `<svg role="img" aria-label="Payout by month" viewBox="0 0 ${width} ${height}" width="100%" font-size="12" font-family="system-ui, sans-serif">${axis}${asOfLabel}${rule}${lines.join('')}</svg>`;
}
