import type { SbgCounts } from '../retention/sbg-counts';
import { fitSbg as fitSbgCounts } from '../retention/sbg-fit';
import { sbgProjectedSurvival } from '../retention/sbg-model';

/**
 * The engine's view of the shifted-beta-geometric model (Fader & Hardie 2007): each customer
 * churns at the end of a period with a probability drawn once from Beta(α, β). The maths is the
 * retention library's; this file adapts it to the engine's shapes.
 */
export interface SbgParameters {
  alpha: number;
  beta: number;
}

export interface SbgFit extends SbgParameters {
  logLik: number;
  /**
   * The likelihood keeps rising toward the edge of the parameter space (typically α, β → ∞ with
   * α ÷ (α + β) fixed: every customer churns with the same probability). α and β then stop at the
   * bound 10⁶, which is that limit to any precision a report shows.
   */
  atBoundary: boolean;
}

/** Lifetimes in whole periods: churned after `t` periods (t ≥ 1), or still active after `t`. */
export interface Lifetimes {
  churnedAt: ArrayLike<number>;
  activeAt: ArrayLike<number>;
}

/**
 * Lost in period t (a churn at 0 counts in period 1) and censored at t. Customers still active at
 * 0 have met no renewal: S(0) = 1, so they carry no information and are left out.
 */
function sbgCountsOf({ churnedAt, activeAt }: Lifetimes): SbgCounts {
  let periods = 1;
  for (let i = 0; i < churnedAt.length; i++) periods = Math.max(periods, churnedAt[i]);
  for (let i = 0; i < activeAt.length; i++) periods = Math.max(periods, activeAt[i]);
  const churned = new Float64Array(periods + 1);
  const survived = new Float64Array(periods + 1);
  let customers = 0;
  for (let i = 0; i < churnedAt.length; i++) {
    churned[Math.max(1, churnedAt[i])]++;
    customers++;
  }
  for (let i = 0; i < activeAt.length; i++) {
    if (activeAt[i] < 1) continue;
    survived[activeAt[i]]++;
    customers++;
  }
  return { churned, survived, customers };
}

/** Maximum-likelihood fit; null without a churn (the likelihood then has no maximum to report). */
export function fitSbg(data: Lifetimes): SbgFit | null {
  if (data.churnedAt.length === 0) return null;
  for (const values of [data.churnedAt, data.activeAt]) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isInteger(values[i]) || values[i] < 0) {
        throw new RangeError('sBG lifetimes are whole periods, not negative');
      }
    }
  }
  const fit = fitSbgCounts(sbgCountsOf(data));
  if (fit === null) return null;
  return { alpha: fit.alpha, beta: fit.beta, logLik: fit.logLik, atBoundary: fit.atBoundary };
}

/** S(0..horizon), as a running product so that far tails keep their relative precision. */
export function sbgSurvivalCurve({ alpha, beta }: SbgParameters, horizon: number): Float64Array {
  const curve = new Float64Array(horizon + 1);
  curve[0] = 1;
  curve.set(sbgProjectedSurvival(alpha, beta, horizon), 1);
  return curve;
}

/**
 * Discounted lifetime of a new customer in periods, truncated at the horizon:
 * Σ_{t=0}^{H−1} S(t) δ^t with δ = 1 ÷ (1 + monthly rate). The first period counts in full. At
 * rate 0 and an infinite horizon this is E[T] = (α + β − 1) ÷ (α − 1).
 */
export function sbgExpectedLifetime(
  params: SbgParameters,
  monthlyDiscount: number,
  horizon: number,
): number {
  const s = sbgSurvivalCurve(params, horizon);
  let sum = 0;
  let factor = 1;
  for (let t = 0; t < horizon; t++) {
    sum += s[t] * factor;
    factor /= 1 + monthlyDiscount;
  }
  return sum;
}

/**
 * Discounted residual lifetime of a customer who has renewed `renewals` times, counting the
 * current period in full: Σ_{k=0}^{H−1} S(n + k) ÷ S(n) δ^k, truncated at the horizon. Beyond its
 * first term this is δ × Fader and Hardie's (2010) DERL of a customer with n renewals, which counts
 * the next renewal's payment undiscounted (see `sbgDerl` in the retention library).
 * `curve`, when given, must hold S(0..renewals + horizon − 1) at least.
 */
export function sbgResidualLifetime(
  params: SbgParameters,
  renewals: number,
  monthlyDiscount: number,
  horizon: number,
  curve?: Float64Array,
): number {
  const s = curve ?? sbgSurvivalCurve(params, renewals + horizon);
  const base = s[renewals];
  if (!(base > 0)) return 0;
  let sum = 0;
  let factor = 1;
  for (let k = 0; k < horizon; k++) {
    sum += (s[renewals + k] / base) * factor;
    factor /= 1 + monthlyDiscount;
  }
  return sum;
}

/**
 * Shrinks a small group's fit toward the population by parameters alone: the first-period churn
 * probability α ÷ (α + β) (on the logit scale) and the concentration α + β (on the log scale) are
 * averaged with weight w = n ÷ (n + priorCustomers) on the group, so the population counts as
 * `priorCustomers` customers of evidence. The result is again an sBG. A group without a fit (no
 * churn yet) gets the population's parameters with w = 0. `fitSbgShrunk` in the retention library
 * does this with the data instead (a power prior), which also uses a churn-free group's survival.
 */
export function shrinkSbg(
  group: SbgParameters | null,
  population: SbgParameters,
  customers: number,
  priorCustomers: number,
): SbgParameters & { weight: number } {
  if (group === null) return { alpha: population.alpha, beta: population.beta, weight: 0 };
  const w = customers / (customers + priorCustomers);
  const logit = (p: number) => Math.log(p / (1 - p));
  const theta = (p: SbgParameters) => p.alpha / (p.alpha + p.beta);
  const mixedLogit = w * logit(theta(group)) + (1 - w) * logit(theta(population));
  const mixedLogKappa =
    w * Math.log(group.alpha + group.beta) + (1 - w) * Math.log(population.alpha + population.beta);
  const t = 1 / (1 + Math.exp(-mixedLogit));
  const kappa = Math.exp(mixedLogKappa);
  return { alpha: t * kappa, beta: (1 - t) * kappa, weight: w };
}
