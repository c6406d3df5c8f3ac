import { toLifetimeColumns, type Lifetimes } from './lifetime-observation';

/** Counts at each distinct observed time, ascending. */
export interface SurvivalTable {
  n: number;
  times: Float64Array;
  /** Churn events at each time. */
  events: Float64Array;
  /** Observations that leave the risk set at each time (events and censorings). */
  leaving: Float64Array;
}

/**
 * Groups observations by distinct time: sort a copy of the times (a native numeric sort), keep the
 * distinct ones, then place every observation by binary search. O(n log n) with typed arrays only.
 */
export function survivalTable(lifetimes: Lifetimes): SurvivalTable {
  const { time, event } = toLifetimeColumns(lifetimes);
  const n = time.length;
  for (let i = 0; i < n; i++) {
    if (!(time[i] >= 0) || !Number.isFinite(time[i])) {
      throw new RangeError('lifetimes must be finite and not negative');
    }
  }
  const sorted = Float64Array.from(time).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const times = sorted.slice(0, distinct);
  const events = new Float64Array(distinct);
  const leaving = new Float64Array(distinct);
  for (let i = 0; i < n; i++) {
    const index = indexOf(times, time[i]);
    leaving[index]++;
    if (event[i] === 1) events[index]++;
  }
  return { n, times, events, leaving };
}

function indexOf(times: Float64Array, value: number): number {
  let low = 0;
  let high = times.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
