import { describe, expect, it } from 'vitest';
import {
  discountedLifetime,
  discountedResidualLifetime,
  monthlyDiscountRate,
  survivalCurve,
} from '../../../src-main/analysis/groups/sbg-lifetime';
import {
  netPromoterScore,
  npsCategory,
  npsFromScores,
} from '../../../src-main/analysis/metrics/nps';

describe('NPS', () => {
  it('is % promoters − % detractors, never an average of scores', () => {
    // 10 and 0 average 5, a detractor's score; as NPS they cancel out.
    expect(npsFromScores([10, 0])).toBe(0);
    // 2 promoters, 1 passive, 1 detractor of 4: 50% − 25%.
    expect(npsFromScores([9, 10, 7, 3])).toBe(25);
    expect(npsFromScores([6, 6, 6])).toBe(-100);
    expect(npsFromScores([])).toBeNull();
    expect(netPromoterScore({ responses: 8, promoters: 3, detractors: 1 })).toBe(25);
  });

  it('puts 9–10 among promoters, 7–8 passives, 0–6 detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
    expect(npsCategory(11)).toBeNull();
  });
});

describe('sBG lifetimes', () => {
  it('follows S(t) = Π (β + i) ÷ (α + β + i)', () => {
    // α = 1, β = 3: S(t) = 3 ÷ (3 + t).
    const curve = survivalCurve(1, 3, 5);
    expect(Array.from(curve)).toEqual(
      [1, 3 / 4, 3 / 5, 3 / 6, 3 / 7, 3 / 8].map((x) => expect.closeTo(x, 14)),
    );
  });

  it('sums a restricted, discounted lifetime that matches the geometric series', () => {
    // A constant churn of 5% a month: S(t) = 0.95^t; at 1% a month discount the sum over 120
    // months is the geometric series (1 − q^120) ÷ (1 − q) with q = 0.95 ÷ 1.01.
    const curve = Float64Array.from({ length: 241 }, (_, t) => 0.95 ** t);
    const q = 0.95 / 1.01;
    expect(discountedLifetime(curve, 0.01)).toBeCloseTo((1 - q ** 120) / (1 - q), 10);
    expect(discountedLifetime(curve, 0)).toBeCloseTo((1 - 0.95 ** 120) / 0.05, 10);
  });

  it('counts the residual lifetime from the next renewal, as Fader and Hardie define DERL', () => {
    // Geometric: S(s + k) ÷ S(s) = 0.95^k for any s; Σ_{k=1..120} 0.95^k ÷ 1.01^(k−1).
    const curve = Float64Array.from({ length: 241 }, (_, t) => 0.95 ** t);
    const q = 0.95 / 1.01;
    const expected = 0.95 * ((1 - q ** 120) / (1 - q));
    expect(discountedResidualLifetime(curve, 0, 0.01)).toBeCloseTo(expected, 10);
    expect(discountedResidualLifetime(curve, 17, 0.01)).toBeCloseTo(expected, 10);
    // Heterogeneous customers: survivors of many months are the loyal ones, with longer futures.
    const sbg = survivalCurve(0.5, 5, 300);
    expect(discountedResidualLifetime(sbg, 24, 0)).toBeGreaterThan(
      discountedResidualLifetime(sbg, 1, 0),
    );
  });

  it('turns an annual discount rate into the equivalent monthly one', () => {
    expect((1 + monthlyDiscountRate(0.1)) ** 12).toBeCloseTo(1.1, 14);
  });
});
