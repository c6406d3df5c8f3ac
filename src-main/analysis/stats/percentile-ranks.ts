export interface PercentileOptions {
  /** False for signals where less is better (tickets, retention cost): they are ranked reversed. */
  higherIsBetter: boolean;
}

/**
 * Percentile rank of every present value among the present values, 0..100:
 * 100 × (values worse + half of the values equal) ÷ count. Ties share one mid-rank, so the ranks
 * of a set always average 50, and a lone value ranks 50. NaN (missing) stays NaN and is not counted.
 * The ranks depend on the values only, never on their order.
 */
export function percentileRanks(values: Float64Array, options: PercentileOptions): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  let count = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) count++;
  if (count === 0) return ranks;
  const sorted = new Float64Array(count);
  let next = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) sorted[next++] = values[i];
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (Number.isNaN(value)) continue;
    const below = firstNotBelow(sorted, value);
    const equal = firstAbove(sorted, value) - below;
    const above = count - below - equal;
    const worse = options.higherIsBetter ? below : above;
    ranks[i] = (100 * (worse + equal / 2)) / count;
  }
  return ranks;
}

function firstNotBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAbove(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
