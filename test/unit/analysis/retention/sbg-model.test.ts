import { describe, expect, it } from 'vitest';
import {
  monthlyDiscountRate,
  sbgChurnProbability,
  sbgDel,
  sbgDerl,
  sbgExpectedLifetime,
  sbgProjectedSurvival,
  sbgRetentionRate,
  sbgSurvival,
} from '../../../../src-main/analysis/retention';
import { lnGamma } from '../../../../src-main/analysis/stats';

/** S(t) = B(α, β + t) ÷ B(α, β), from ln Γ: an independent route to the running products. */
const survivalByBeta = (alpha: number, beta: number, t: number): number =>
  Math.exp(lnGamma(beta + t) + lnGamma(alpha + beta) - lnGamma(beta) - lnGamma(alpha + beta + t));

/** Σ_{t ≥ from} S(t) ÷ S(from − 1) ÷ (1 + d)^(t − from), summed until the terms vanish. */
function bruteForceSum(alpha: number, beta: number, from: number, d: number): number {
  let sum = 0;
  let term = 1;
  for (let t = from; t < from + 2_000_000; t++) {
    term *= ((beta + t - 1) / (alpha + beta + t - 1)) * (t === from ? 1 : 1 / (1 + d));
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

describe('sBG quantities', () => {
  const alpha = 0.704;
  const beta = 1.182;

  it('survival is the beta-function ratio and the churn probabilities sum to the losses', () => {
    for (const t of [0, 1, 2, 5, 12, 60]) {
      expect(sbgSurvival(alpha, beta, t)).toBeCloseTo(survivalByBeta(alpha, beta, t), 12);
    }
    let lost = 0;
    for (let t = 1; t <= 12; t++) lost += sbgChurnProbability(alpha, beta, t);
    expect(lost).toBeCloseTo(1 - sbgSurvival(alpha, beta, 12), 14);
    expect(sbgChurnProbability(alpha, beta, 0)).toBe(0);
    expect(sbgChurnProbability(alpha, beta, 1)).toBeCloseTo(alpha / (alpha + beta), 15);
  });

  it('retention rises with tenure: r(t) = (β + t − 1) ÷ (α + β + t − 1)', () => {
    // Fader & Hardie's point: a cohort's retention rate increases as the fast churners leave.
    const rates = [1, 2, 3, 4].map((t) => sbgRetentionRate(alpha, beta, t));
    expect(rates[0]).toBeCloseTo(1.182 / 1.886, 15);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThan(rates[i - 1]);
    expect(sbgRetentionRate(alpha, beta, 3)).toBeCloseTo(
      sbgSurvival(alpha, beta, 3) / sbgSurvival(alpha, beta, 2),
      14,
    );
  });

  it('projects S(1) … S(H)', () => {
    const projected = sbgProjectedSurvival(alpha, beta, 5);
    expect(projected.length).toBe(5);
    projected.forEach((s, i) => expect(s).toBeCloseTo(sbgSurvival(alpha, beta, i + 1), 15));
  });

  it('expected lifetime: (α + β − 1) ÷ (α − 1) when α > 1, the restricted mean otherwise', () => {
    const finite = sbgExpectedLifetime(2.5, 4);
    expect(finite.infinite).toBe(false);
    expect(finite.months).toBeCloseTo(5.5 / 1.5, 14);
    expect(finite.restrictedMonths).toBeLessThan(finite.months);
    const heavy = sbgExpectedLifetime(alpha, beta, 24);
    expect(heavy.infinite).toBe(true);
    let sum = 0;
    for (let t = 0; t < 24; t++) sum += sbgSurvival(alpha, beta, t);
    expect(heavy.months).toBeCloseTo(sum, 12);
    expect(heavy.restrictedMonths).toBe(heavy.months);
    expect(heavy.horizonMonths).toBe(24);
  });

  it('DEL and DERL (Fader & Hardie 2010) equal their defining discounted sums', () => {
    for (const [a, b, d] of [
      [alpha, beta, 0.1],
      [0.668, 3.806, 0.01],
      [2.5, 4, 0.004],
      [1.3, 0.4, 0.2],
    ]) {
      expect(sbgDel(a, b, d) / (1 + bruteForceSum(a, b, 1, d) / (1 + d)) - 1).toBeCloseTo(0, 10);
      for (const s of [0, 1, 6, 30]) {
        expect(sbgDerl(a, b, s, d) / bruteForceSum(a, b, s + 1, d) - 1).toBeCloseTo(0, 10);
      }
    }
  });

  it('DEL at no discount is the mean lifetime, and infinite when α ≤ 1', () => {
    expect(sbgDel(2.5, 4, 0)).toBeCloseTo(5.5 / 1.5, 12);
    expect(sbgDel(alpha, beta, 0)).toBe(Infinity);
    expect(sbgDerl(alpha, beta, 3, 0)).toBe(Infinity);
    // DERL of a customer with s renewals at d = 0: (β + s) ÷ (α − 1) for α > 1.
    expect(sbgDerl(2.5, 4, 3, 0)).toBeCloseTo(7 / 1.5, 12);
  });

  it('converts an annual discount rate to the equivalent monthly one', () => {
    expect(monthlyDiscountRate(0)).toBe(0);
    expect((1 + monthlyDiscountRate(0.1)) ** 12).toBeCloseTo(1.1, 14);
  });
});
