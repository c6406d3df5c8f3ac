/**
 * The shifted-beta-geometric (sBG) model of Fader & Hardie, "How to Project Customer Retention"
 * (Journal of Interactive Marketing 21(1), 2007). Each customer churns at every renewal with her own
 * probability θ, and θ ~ Beta(α, β) across customers. T is the period in which she is lost (T ≥ 1):
 *   P(T = 1) = α ÷ (α + β),  P(T = t) = P(T = t − 1) (β + t − 2) ÷ (α + β + t − 1),
 *   S(t) = P(T > t) = B(α, β + t) ÷ B(α, β) = Π_{i<t} (β + i) ÷ (α + β + i),
 * and the retention rate from t − 1 to t is r(t) = S(t) ÷ S(t − 1) = (β + t − 1) ÷ (α + β + t − 1).
 * One period is one month in this app.
 */

/** S(t) = P(T > t) for a whole number of periods t ≥ 0. */
export function sbgSurvival(alpha: number, beta: number, t: number): number {
  let survival = 1;
  for (let i = 0; i < t; i++) survival *= (beta + i) / (alpha + beta + i);
  return survival;
}

/** P(T = t) for t ≥ 1: the probability of being lost in period t. */
export function sbgChurnProbability(alpha: number, beta: number, t: number): number {
  if (t < 1) return 0;
  return (sbgSurvival(alpha, beta, t - 1) * alpha) / (alpha + beta + t - 1);
}

/** r(t) = S(t) ÷ S(t − 1): the share of period t − 1's survivors that renew into period t. */
export const sbgRetentionRate = (alpha: number, beta: number, t: number): number =>
  (beta + t - 1) / (alpha + beta + t - 1);

/** S(1), …, S(horizon). */
export function sbgProjectedSurvival(alpha: number, beta: number, horizon: number): Float64Array {
  const survival = new Float64Array(horizon);
  let current = 1;
  for (let t = 1; t <= horizon; t++) {
    current *= (beta + t - 1) / (alpha + beta + t - 1);
    survival[t - 1] = current;
  }
  return survival;
}

export interface ExpectedLifetime {
  /**
   * E[T] = (α + β − 1) ÷ (α − 1) periods when α > 1; when α ≤ 1 the mean is infinite and this is
   * the mean restricted to the horizon, `restrictedMonths`.
   */
  months: number;
  /** True when α ≤ 1: E[T] is infinite and `months` is the restricted mean. */
  infinite: boolean;
  /** E[min(T, H)] = Σ_{t=0}^{H−1} S(t): comparable across groups whatever α is. */
  restrictedMonths: number;
  horizonMonths: number;
}

export const DEFAULT_LIFETIME_HORIZON_MONTHS = 120;

/**
 * Expected lifetime in periods. The sBG mean is infinite when α ≤ 1 (the Beta density piles up near
 * θ = 0: a share of customers practically never leaves), so a finite figure needs a horizon: the
 * restricted mean E[min(T, H)], by default H = 120 months (10 years). Both are returned.
 */
export function sbgExpectedLifetime(
  alpha: number,
  beta: number,
  horizonMonths = DEFAULT_LIFETIME_HORIZON_MONTHS,
): ExpectedLifetime {
  let restrictedMonths = 0;
  let survival = 1;
  for (let t = 0; t < horizonMonths; t++) {
    restrictedMonths += survival;
    survival *= (beta + t) / (alpha + beta + t);
  }
  const infinite = !(alpha > 1);
  return {
    months: infinite ? restrictedMonths : (alpha + beta - 1) / (alpha - 1),
    infinite,
    restrictedMonths,
    horizonMonths,
  };
}
