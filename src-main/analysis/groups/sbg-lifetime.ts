import { monthlyDiscountRate, sbgProjectedSurvival } from '../retention';

/**
 * Lifetimes are projected over ten years at most: an LTV never rests on the far tail of a fit, and
 * the sBG mean, infinite when α ≤ 1, becomes a finite restricted mean (docs/metrics.md).
 */
export const LIFETIME_HORIZON_MONTHS = 120;

export { monthlyDiscountRate };

/** S(0), S(1), …, S(length) of an sBG. */
export function survivalCurve(alpha: number, beta: number, length: number): Float64Array {
  const curve = new Float64Array(length + 1);
  curve[0] = 1;
  curve.set(sbgProjectedSurvival(alpha, beta, length), 1);
  return curve;
}

/**
 * Discounted expected lifetime of a new customer in months, counting the first month in full:
 * Σ_{t<H} S(t) ÷ (1 + d)^t with H = 120 months and d the monthly discount rate.
 */
export function discountedLifetime(
  curve: Float64Array,
  monthlyDiscount: number,
  horizon = LIFETIME_HORIZON_MONTHS,
): number {
  let sum = 0;
  let factor = 1;
  for (let t = 0; t < horizon && t < curve.length; t++) {
    sum += curve[t] * factor;
    factor /= 1 + monthlyDiscount;
  }
  return sum;
}

/**
 * Discounted expected residual lifetime (Fader & Hardie's DERL, truncated at H months) of a
 * customer who has completed `survived` months: the expected number of further monthly payments,
 * the one at the next renewal undiscounted, Σ_{k=1..H} S(s + k) ÷ S(s) ÷ (1 + d)^(k − 1). The month
 * in progress is already paid and is not counted again. `curve` must reach S(s + H).
 */
export function discountedResidualLifetime(
  curve: Float64Array,
  survived: number,
  monthlyDiscount: number,
  horizon = LIFETIME_HORIZON_MONTHS,
): number {
  const base = curve[survived];
  if (!(base > 0)) return 0;
  let sum = 0;
  let factor = 1;
  for (let k = 1; k <= horizon && survived + k < curve.length; k++) {
    sum += (curve[survived + k] / base) * factor;
    factor /= 1 + monthlyDiscount;
  }
  return sum;
}
