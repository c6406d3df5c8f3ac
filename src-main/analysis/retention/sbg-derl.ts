import { hypergeometric2F1 } from '../stats/hypergeometric';

/**
 * Discounted lifetimes of the sBG model, after Fader & Hardie, "Customer-Base Valuation in a
 * Contractual Setting: The Perils of Ignoring Heterogeneity" (Marketing Science 29(1), 2010).
 * d is the discount rate per period (per month here; see `monthlyDiscountRate`).
 */

/**
 * Discounted expected residual lifetime of a customer who has survived s periods (made s renewals)
 * and is about to decide on the next one: the expected number of further payments, each discounted
 * to now, the first (at the imminent renewal) undiscounted:
 *   DERL = Σ_{t>s} P(T > t | T > s) ÷ (1 + d)^(t−s−1)
 *        = (β + s) ÷ (α + β + s) × ₂F₁(1, β + s + 1; α + β + s + 1; 1 ÷ (1 + d)),
 * F&H 2010's formula with n − 1 = s renewals. Infinite when d = 0 and α ≤ 1.
 */
export function sbgDerl(
  alpha: number,
  beta: number,
  periodsSurvived: number,
  discountRate: number,
): number {
  const s = periodsSurvived;
  return (
    ((beta + s) / (alpha + beta + s)) *
    hypergeometric2F1(1, beta + s + 1, alpha + beta + s + 1, 1 / (1 + discountRate))
  );
}

/**
 * Discounted expected lifetime of a new customer, counting the first period's payment:
 *   DEL = Σ_{t≥0} S(t) ÷ (1 + d)^t = ₂F₁(1, β; α + β; 1 ÷ (1 + d)),
 * which is E[T] = (α + β − 1) ÷ (α − 1) at d = 0 (infinite when α ≤ 1).
 */
export function sbgDel(alpha: number, beta: number, discountRate: number): number {
  return hypergeometric2F1(1, beta, alpha + beta, 1 / (1 + discountRate));
}

/** The monthly rate equivalent to an annual one: (1 + annual)^(1/12) − 1. */
export const monthlyDiscountRate = (annualRate: number): number =>
  Math.pow(1 + annualRate, 1 / 12) - 1;
