import { chiSquareUpperTail } from '../stats/incomplete-gamma';
import { solveLinear } from '../stats/small-matrix';
import type { Lifetimes } from './lifetime-observation';
import { survivalTable, type SurvivalTable } from './survival-table';

export interface LogRankResult {
  chisq: number;
  df: number;
  p: number;
  /** Events per group. */
  observed: number[];
  /** Expected events per group under equal survival. */
  expected: number[];
}

/**
 * A group's lifetimes, or the survival table already counted from them: a group compared with many
 * others (the baseline against every partner) is counted once.
 */
export type LogRankGroup = Lifetimes | SurvivalTable;

/**
 * The log-rank test between groups, as R's `survdiff(Surv(time, event) ~ group)` (rho = 0). At
 * every time with d events among n at risk (n_g in group g), group g expects d n_g ÷ n events; the
 * variance of O − E sums d (n − d) ÷ (n − 1) × (n_g ÷ n)(δ_gh − n_h ÷ n) over times with n > 1.
 * As R does, groups with no expected events are dropped, one more group is dropped to remove the
 * linear dependence, and χ² = (O − E)ᵀ V⁻¹ (O − E) on the rest, with df = groups kept − 1.
 * With fewer than two groups to compare, χ² = 0 and p = 1; a singular variance gives NaN.
 */
export function logRank(groups: readonly LogRankGroup[]): LogRankResult {
  const tables = groups.map((group) => ('times' in group ? group : survivalTable(group)));
  const g = tables.length;
  const observed = new Float64Array(g);
  const expected = new Float64Array(g);
  const variance = new Float64Array(g * g);
  const atRisk = Float64Array.from(tables, (table) => table.n);
  const cursor = new Int32Array(g);
  const groupEvents = new Float64Array(g);
  const groupLeaving = new Float64Array(g);
  for (;;) {
    const time = nextTime(tables, cursor);
    if (time === Infinity) break;
    let n = 0;
    let d = 0;
    for (let group = 0; group < g; group++) {
      const table = tables[group];
      const at = cursor[group];
      const here = at < table.times.length && table.times[at] === time;
      groupEvents[group] = here ? table.events[at] : 0;
      groupLeaving[group] = here ? table.leaving[at] : 0;
      if (here) cursor[group]++;
      n += atRisk[group];
      d += groupEvents[group];
    }
    if (d > 0) {
      const spread = n > 1 ? (d * (n - d)) / (n - 1) : 0;
      for (let group = 0; group < g; group++) {
        const share = atRisk[group] / n;
        observed[group] += groupEvents[group];
        expected[group] += d * share;
        for (let other = 0; other < g; other++) {
          const otherShare = atRisk[other] / n;
          variance[group * g + other] += spread * share * ((group === other ? 1 : 0) - otherShare);
        }
      }
    }
    for (let group = 0; group < g; group++) atRisk[group] -= groupLeaving[group];
  }
  const kept: number[] = [];
  for (let group = 0; group < g; group++) if (expected[group] > 0) kept.push(group);
  const result = { observed: Array.from(observed), expected: Array.from(expected) };
  if (kept.length < 2) return { chisq: 0, df: Math.max(0, kept.length - 1), p: 1, ...result };
  const compared = kept.slice(1);
  const size = compared.length;
  const matrix = new Float64Array(size * size);
  const difference = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    difference[i] = observed[compared[i]] - expected[compared[i]];
    for (let j = 0; j < size; j++) matrix[i * size + j] = variance[compared[i] * g + compared[j]];
  }
  const solved = solveLinear(matrix, size, difference);
  if (solved === null) return { chisq: NaN, df: kept.length - 1, p: NaN, ...result };
  let chisq = 0;
  for (let i = 0; i < size; i++) chisq += solved[i] * difference[i];
  const df = kept.length - 1;
  return { chisq, df, p: chiSquareUpperTail(chisq, df), ...result };
}

function nextTime(tables: readonly SurvivalTable[], cursor: Int32Array): number {
  let time = Infinity;
  for (let group = 0; group < tables.length; group++) {
    const at = cursor[group];
    if (at < tables[group].times.length && tables[group].times[at] < time) {
      time = tables[group].times[at];
    }
  }
  return time;
}
