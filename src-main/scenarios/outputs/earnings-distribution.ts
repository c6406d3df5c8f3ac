import type { EarningsDistribution } from '../../../src-shared/model/scenarios';

/**
 * The q-quantile of sorted values by linear interpolation between order statistics, R's default
 * `quantile(x, q, type = 7)`: h = (n − 1) q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const low = Math.floor(h);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * How a scenario's history payout spreads over the partners: minimum, quartiles and maximum (every
 * partner counts, one that earns nothing at 0), and the share of the payout that goes to the top
 * 10% of partners by payout, at least one partner (⌈n ÷ 10⌉).
 */
export function earningsDistribution(payouts: readonly number[]): EarningsDistribution {
  if (payouts.length === 0) return { min: 0, q1: 0, median: 0, q3: 0, max: 0, top10Share: null };
  const sorted = [...payouts].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  const top = Math.ceil(sorted.length / 10);
  const topSum = sorted.slice(sorted.length - top).reduce((sum, x) => sum + x, 0);
  return {
    min: cents(sorted[0]),
    q1: cents(quantile(sorted, 0.25)),
    median: cents(quantile(sorted, 0.5)),
    q3: cents(quantile(sorted, 0.75)),
    max: cents(sorted.at(-1) as number),
    top10Share: total > 0 ? topSum / total : null,
  };
}
