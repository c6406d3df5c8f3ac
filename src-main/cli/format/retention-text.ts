import type { RetentionReport } from '../../../src-shared/model/analysis/retention';
import { show, textTable } from './text-table';

/** Survival at a month from the Kaplan–Meier event points (a step function). */
function survivalAt(points: RetentionReport['groups'][number]['km'], month: number): number {
  let s = 1;
  for (const p of points) {
    if (p.t > month) break;
    s = p.survival;
  }
  return s;
}

/** `labels` names group keys that are ids (partners), for people to read. */
export function formatRetention(
  report: RetentionReport,
  by: string,
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  const lr = report.logRank;
  return [
    `Retention by ${by} as of ${report.asOf} (Kaplan–Meier in whole months from the first paid start; sBG by maximum likelihood).`,
    '',
    textTable(report.groups, [
      { header: by, value: (g) => labels.get(g.key) ?? g.key },
      { header: 'n', value: (g) => show.int(g.n), align: 'right' },
      { header: 'churned', value: (g) => show.int(g.events), align: 'right' },
      { header: 'S(6)', value: (g) => show.percent(survivalAt(g.km, 6), 1), align: 'right' },
      { header: 'S(12)', value: (g) => show.percent(survivalAt(g.km, 12), 1), align: 'right' },
      { header: 'S(24)', value: (g) => show.percent(survivalAt(g.km, 24), 1), align: 'right' },
      { header: 'median', value: (g) => show.int(g.medianMonths), align: 'right' },
      { header: 'sBG α', value: (g) => show.fixed(g.sbg?.alpha, 3), align: 'right' },
      { header: 'sBG β', value: (g) => show.fixed(g.sbg?.beta, 3), align: 'right' },
      {
        header: 'E[life ≤120]',
        value: (g) => show.fixed(g.sbg?.expectedLifetimeMonths, 1),
        align: 'right',
      },
      {
        header: 'shrunk (weight)',
        value: (g) =>
          g.sbgShrunk
            ? `${show.fixed(g.sbgShrunk.expectedLifetimeMonths, 1)} (${show.percent(g.sbgShrunk.weight, 0)})`
            : '',
        align: 'right',
      },
    ]),
    '',
    lr
      ? `Log-rank test: χ² = ${lr.chisq.toFixed(2)} on ${lr.df} df, p = ${show.p(lr.p)}.`
      : 'Log-rank test: fewer than two groups to compare.',
  ].join('\n');
}
