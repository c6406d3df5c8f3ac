import { isLifetimeColumns, toLifetimeColumns, type Lifetimes } from './lifetime-observation';

/**
 * Lifetimes summarised for the sBG likelihood. `churned[t]` is the weight of customers lost in
 * period t, `survived[t]` the weight of customers still active after t periods (censored at t),
 * for t = 1 … maxPeriod; index 0 is unused. Weights may be fractional (shrinkage uses them).
 */
export interface SbgCounts {
  churned: Float64Array;
  survived: Float64Array;
  /** Total weight of informative customers. */
  customers: number;
}

export function isSbgCounts(data: Lifetimes | SbgCounts): data is SbgCounts {
  return !Array.isArray(data) && 'churned' in data;
}

/**
 * Maps month lifetimes to sBG periods. A churn after t ≥ 1 completed months is a loss in period t.
 * A churn with 0 completed months (within the first month) is a loss in period 1: the customer did
 * not renew at the first opportunity, and the sBG has no period 0. An account censored at 0 months
 * has not met a renewal yet; its likelihood contribution S(0) = 1 carries no information, so it is
 * left out (and not counted in `customers`).
 */
export function sbgCounts(lifetimes: Lifetimes): SbgCounts {
  const { time, event } = isLifetimeColumns(lifetimes) ? lifetimes : toLifetimeColumns(lifetimes);
  let maxPeriod = 1;
  for (let i = 0; i < time.length; i++) {
    if (!Number.isInteger(time[i]) || time[i] < 0) {
      throw new RangeError('sBG lifetimes are whole months, not negative');
    }
    if (time[i] > maxPeriod) maxPeriod = time[i];
  }
  const churned = new Float64Array(maxPeriod + 1);
  const survived = new Float64Array(maxPeriod + 1);
  let customers = 0;
  for (let i = 0; i < time.length; i++) {
    if (event[i] === 1) {
      churned[Math.max(1, time[i])]++;
      customers++;
    } else if (time[i] >= 1) {
      survived[time[i]]++;
      customers++;
    }
  }
  return { churned, survived, customers };
}

/** Survivor counts of a cohort (n₀, n₁, …, n_T) → counts: nₜ₋₁ − nₜ lost in t, n_T censored at T. */
export function sbgCountsFromSurvivors(survivors: readonly number[]): SbgCounts {
  const periods = survivors.length - 1;
  const churned = new Float64Array(periods + 1);
  const survived = new Float64Array(periods + 1);
  for (let t = 1; t <= periods; t++) churned[t] = survivors[t - 1] - survivors[t];
  survived[periods] = survivors[periods];
  return { churned, survived, customers: survivors[0] };
}

/** Σ weights × counts, aligned on the period, for the shrinkage prior. */
export function combineSbgCounts(
  parts: readonly { counts: SbgCounts; weight: number }[],
): SbgCounts {
  const length = Math.max(...parts.map((part) => part.counts.churned.length));
  const churned = new Float64Array(length);
  const survived = new Float64Array(length);
  let customers = 0;
  for (const { counts, weight } of parts) {
    for (let t = 1; t < counts.churned.length; t++) {
      churned[t] += weight * counts.churned[t];
      survived[t] += weight * counts.survived[t];
    }
    customers += weight * counts.customers;
  }
  return { churned, survived, customers };
}
