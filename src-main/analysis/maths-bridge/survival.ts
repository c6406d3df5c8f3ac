import type { LogRank } from '../../../src-shared/model/analysis/retention';
import { logRank } from '../retention/log-rank';
import type { LifetimeColumns } from '../retention/lifetime-observation';

/**
 * The log-rank test between groups coded 0 … groupCount − 1, as R's `survdiff`: a group with no
 * expected events (all its members left before the first event) is dropped, and df is the number
 * of groups kept − 1. Null with fewer than two groups, or when the variance is singular.
 */
export function logRankTest(
  times: ArrayLike<number>,
  events: ArrayLike<number>,
  groups: ArrayLike<number>,
  groupCount: number,
): LogRank | null {
  if (groupCount < 2) return null;
  const sizes = new Int32Array(groupCount);
  for (let i = 0; i < groups.length; i++) sizes[groups[i]]++;
  const columns: LifetimeColumns[] = Array.from(sizes, (size) => ({
    time: new Float64Array(size),
    event: new Uint8Array(size),
  }));
  const filled = new Int32Array(groupCount);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const at = filled[group]++;
    columns[group].time[at] = times[i];
    columns[group].event[at] = events[i] === 1 ? 1 : 0;
  }
  const result = logRank(columns);
  if (Number.isNaN(result.chisq)) return null;
  return { chisq: result.chisq, df: result.df, p: result.p };
}
