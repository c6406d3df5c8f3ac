import type {
  EvaluationBasis,
  FigureDelta,
  PayoutSeries,
  ScenarioComparison,
  ScenarioFigures,
  ScenarioResult,
} from '../../../src-shared/model/scenarios';
import type { ScenarioToEvaluate } from '../evaluate/evaluate-scenarios';
import { colourOf, payoutBars, payoutByMonth } from './report-svg';
import { escapeHtml as h, money, ratio, share, signed } from './report-text';

export interface ComparisonReport {
  title: string;
  comparison: ScenarioComparison;
  series: PayoutSeries;
  basis: EvaluationBasis;
  /** The scenarios as evaluated, the built-in one with a null file. */
  evaluated: readonly ScenarioToEvaluate[];
  warnings: readonly string[];
  generatedAt: string;
}

const style = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;background:#fff;margin:2rem auto;max-width:1200px;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}.meta{color:#57606a}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.4rem .7rem;border-radius:4px}
  .wide{overflow-x:auto}table{border-collapse:collapse;margin:.4rem 0 1rem;font-variant-numeric:tabular-nums}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:right;white-space:nowrap}
th{background:#f6f8fa}td.name,th.name{text-align:left;white-space:normal}.up{color:#1a7f37}.down{color:#cf222e}.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:-.05em}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.6rem;overflow:auto;font-size:12px}.expected{font-style:italic;color:#57606a}
@media print{body{margin:0}h2{break-after:avoid}table{break-inside:auto}}
`;

/** A delta cell: green when it is better for the business (a lower payout, a higher net revenue). */
function deltaCell(text: string, x: number | null, higherIsBetter: boolean): string {
  if (x === null) return '<td>—</td>';
  const better = higherIsBetter ? x > 0 : x < 0;
  const tone = x === 0 ? '' : better ? ' class="up"' : ' class="down"';
  return `<td${tone}>${h(signed(text, x))}</td>`;
}

function figureRow(
  name: string,
  colour: string | null,
  f: ScenarioFigures,
  d: FigureDelta | undefined,
): string {
  const swatch = colour ? `<span class="swatch" style="background:${colour}"></span>` : '';
  const [payout, netRevenue, roi, cost] = d
    ? [
        deltaCell(money(d.payout), d.payout, false),
        deltaCell(money(d.netRevenue), d.netRevenue, true),
        deltaCell(ratio(d.roi), d.roi, true),
        deltaCell(
          d.costPerCustomer === null ? '' : money(d.costPerCustomer),
          d.costPerCustomer,
          false,
        ),
      ]
    : ['<td>baseline</td>', '<td></td>', '<td></td>', '<td></td>'];
  const cells = [
    `<td class="name">${swatch}${h(name)}</td>`,
    `<td>${f.customers}</td>`,
    `<td>${h(money(f.payout))}</td>`,
    payout,
    `<td>${h(money(f.netRevenue))}</td>`,
    netRevenue,
    `<td>${h(ratio(f.roi))}</td>`,
    roi,
    `<td>${f.costPerCustomer === null ? '—' : h(money(f.costPerCustomer))}</td>`,
    cost,
    ...[f.paid, f.pending, f.clawedBack, f.bonuses, f.revenue].map(
      (x) => `<td>${h(money(x))}</td>`,
    ),
    `<td>${f.paybackMonth ?? '—'}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

const figureHead = `<tr><th class="name">Scenario</th><th>Customers</th><th>Payout</th><th>Δ payout</th><th>Net revenue</th><th>Δ net revenue</th><th>ROI</th><th>Δ ROI</th><th>Cost per customer</th><th>Δ cost per customer</th><th>Paid</th><th>Pending</th><th>Clawed back</th><th>Bonuses</th><th>Revenue</th><th>Payback month</th></tr>`;

function keyFigures(scenarios: readonly ScenarioResult[]): string {
  const table = (period: 'history' | 'projection') =>
    `<div class="wide"><table>${figureHead}${scenarios
      .map((s, i) =>
        figureRow(
          s.name,
          colourOf(i),
          s[period],
          period === 'history' ? s.delta : s.delta?.projection,
        ),
      )

      .join('')}</table></div>`;
  return `<h3>History, up to the as-of date</h3>${table('history')}<h3>Projection over the horizon <span class="expected">(expected values)</span></h3>${table('projection')}`;
}

function earnings(scenarios: readonly ScenarioResult[]): string {
  const rows = scenarios
    .map(
      (s) =>
        `<tr><td class="name">${h(s.name)}</td>${[s.earnings.min, s.earnings.q1, s.earnings.median, s.earnings.q3, s.earnings.max].map((x) => `<td>${h(money(x))}</td>`).join('')}<td>${h(share(s.earnings.top10Share))}</td></tr>`,
    )
    .join('');
  return `<table><tr><th class="name">Scenario</th><th>Minimum</th><th>Lower quartile</th><th>Median</th><th>Upper quartile</th><th>Maximum</th><th>Top 10% of partners' share</th></tr>${rows}</table>`;
}

function movers(s: ScenarioResult): string {
  if (!s.movers || s.movers.length === 0)
    return `<p>No partner's payout moves in “${h(s.name)}”.</p>`;
  const rows = s.movers
    .map(
      (m) =>
        `<tr><td class="name">${h(m.name ?? m.partnerId)}</td><td class="name">${h(m.partnerId)}</td><td>${h(money(m.baselinePayout))}</td><td>${h(money(m.payout))}</td>${deltaCell(money(m.delta), m.delta, false)}${deltaCell(money(m.projectionDelta), m.projectionDelta, false)}</tr>`,
    )
    .join('');
  return `<h3>${h(s.name)}</h3><table><tr><th class="name">Partner</th><th class="name">Partner ID</th><th>Baseline payout</th><th>Payout</th><th>Δ payout</th><th>Δ projected payout <span class="expected">(expected)</span></th></tr>${rows}</table>`;
}

function partnerTable(s: ScenarioResult): string {
  const rows = s.partners
    .map((p) => figureRow(p.name ?? p.partnerId, null, p.history, p.delta))
    .join('');
  return `<h3>${h(s.name)}: history by partner</h3><div class="wide"><table>${figureHead.replace('Scenario', 'Partner')}${rows}</table></div>`;
}

function appendix(report: ComparisonReport): string {
  const { settings } = report.basis;
  const settingRows: [string, string][] = [
    ['As-of date', settings.asOf],
    ['Base currency', settings.currency],
    [
      'Exchange rates',
      Object.entries(settings.rates)
        .map(([c, r]) => `1 ${c} = ${r} ${settings.currency}`)
        .join('; ') || 'none',
    ],
    ['Gross margin', share(settings.grossMargin)],
    ['Discount rate (a year)', share(settings.discountRate)],
    ['Customer-success cost allocation', settings.crcAllocation],
    [
      'Customer-success cost per account-month',
      settings.crcPerAccountMonth === null ? 'not set' : String(settings.crcPerAccountMonth),
    ],
    ['Data revision', String(report.basis.dataRevision)],
    ['Settings hash', report.basis.settingsHash],
  ];
  const files = report.evaluated
    .map((s) =>
      s.file === null
        ? `<h3>${h(s.name)}</h3><p>The built-in scenario: what the commissions table says was earned (pending, approved and paid, net of reversals), projected at each partner's realised effective rate.</p>`
        : `<h3>${h(s.name)}</h3><pre>${h(JSON.stringify(s.file, null, 2))}</pre>`,
    )
    .join('');
  return `<h2 id="appendix">Appendix: scenario files and settings</h2><h3>Settings</h3><table>${settingRows.map(([k, v]) => `<tr><th class="name">${h(k)}</th><td class="name">${h(v)}</td></tr>`).join('')}</table>${files}`;
}

/**
 * A comparison as one self-contained HTML page: nothing is loaded from anywhere (styles inline,
 * charts as inline SVG, no scripts, no links out), so it opens the same offline, in a mail, or
 * printed. Key figures with deltas for history and projection, the charts, the distribution of
 * partner earnings, the movers, each scenario's partners, and an appendix with the scenario files
 * and settings.
 */
export function comparisonReportHtml(report: ComparisonReport): string {
  const { comparison } = report;
  const first = comparison.scenarios[0];
  const others = comparison.scenarios.filter((s) => s.name !== comparison.baseline);
  const warnings = report.warnings.map((w) => `<p class="warn">${h(w)}</p>`).join('');
  const leftOut =
    first && first.customersLeftOutOfMoney > 0
      ? `<p class="warn">${first.customersLeftOutOfMoney} referred customers are left out of every figure: their money is not known in ${h(first.currency)} (${h(first.excludedCurrencies.join(', '))}).</p>`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(report.title)}</title><style>${style}</style></head><body>
<h1>${h(report.title)}</h1>
<p class="meta">As of ${h(first?.asOf ?? report.basis.settings.asOf)} · money in ${h(first?.currency ?? '')} · baseline “${h(comparison.baseline)}” · projected over ${first?.horizonMonths ?? 0} months · generated ${h(report.generatedAt)}</p>
${warnings}${leftOut}
<p class="meta">Deltas are each scenario's figure minus the baseline's. Projected figures are expectations: survival-weighted and discounted, not promises.</p>
<h2>Key figures</h2>${keyFigures(comparison.scenarios)}
<h2>Payout and net revenue per scenario (history)</h2>${payoutBars(comparison.scenarios)}
<h2>Payout by month</h2><p class="meta">Solid: history. Dashed: the projection, expected values.</p>${payoutByMonth(report.series)}
<p>${report.series.scenarios.map((s, i) => `<span class="swatch" style="background:${colourOf(i)}"></span>${h(s.name)}`).join(' &nbsp; ')}</p>
<h2>Distribution of partner earnings (history payout)</h2>${earnings(comparison.scenarios)}
<h2>Partners whose payout moves most</h2>${others.map((s) => movers(s)).join('') || '<p>Only the baseline is compared.</p>'}
<h2>By partner</h2>${comparison.scenarios.map((s) => partnerTable(s)).join('')}
${appendix(report)}
</body></html>
`;
}
