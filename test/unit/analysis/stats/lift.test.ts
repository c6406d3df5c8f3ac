import { describe, expect, it } from 'vitest';
import { liftOf } from '../../../../src-main/analysis/maths-bridge';
import { fisherExact, lift, liftTest } from '../../../../src-main/analysis/stats';

const Z = 1.959963984540054;

describe('lift with its 95% interval, by hand', () => {
  // 12 of 40 top advocates have the value, against 60 of all 400 accounts.
  const result = lift(12, 40, 60, 400);

  it('is the share among top advocates over the share among all', () => {
    expect(result.shareTop).toBe(0.3);
    expect(result.shareAll).toBe(0.15);
    expect(result.lift).toBeCloseTo(2, 15);
    expect(result.corrected).toBe(false);
  });

  it('has the delta-method interval of ln lift, the top advocates being part of all accounts', () => {
    // p₁ = 0.3 (n 40), rest p₀ = 48/360 (n 360), f₁ = 0.1, f₀ = 0.9, p = 0.15.
    // ∂ ln L/∂p₁ = 1/p₁ − f₁/p = 10/3 − 2/3 = 8/3;  ∂ ln L/∂p₀ = −f₀/p = −6.
    // Var = (8/3)² · 0.3 · 0.7/40 + 6² · (2/15)(13/15)/360 = 14/375 + 13/1125 = 11/225.
    const se = Math.sqrt(11 / 225);
    expect(result.lower).toBeCloseTo(2 * Math.exp(-Z * se), 13);
    expect(result.upper).toBeCloseTo(2 * Math.exp(Z * se), 13);
    expect(result.lower).toBeCloseTo(1.29664847323, 10);
    expect(result.upper).toBeCloseTo(3.08487618855, 10);
  });

  it('is narrower than the two-sample risk-ratio interval, which ignores the overlap', () => {
    // Top (12/40) against the rest (48/360): Var ln RR = 1/12 − 1/40 + 1/48 − 1/360.
    const seRatio = Math.sqrt(1 / 12 - 1 / 40 + 1 / 48 - 1 / 360);
    expect(Math.sqrt(11 / 225)).toBeLessThan(seRatio);
  });

  it('corrects a zero cell for the interval only, and the interval still holds the lift', () => {
    const none = lift(0, 30, 20, 300);
    expect(none.lift).toBe(0);
    expect(none.corrected).toBe(true);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeGreaterThan(0);
  });

  it('is undefined where it must be', () => {
    expect(lift(0, 0, 5, 10).lift).toBeNull();
    expect(lift(3, 10, 0, 100).lift).toBeNull();
    expect(lift(11, 10, 20, 100).lift).toBeNull();
    expect(lift(5, 10, 5, 10)).toMatchObject({ lift: 1, lower: 1, upper: 1 });
  });

  it('tests top advocates against the other accounts', () => {
    expect(liftTest(12, 40, 60, 400).p).toBe(fisherExact(12, 28, 48, 312).p);
  });
});

describe('liftOf (the engine’s common factors)', () => {
  it('uses the chi-square test when every expected count is 5 or more', () => {
    const result = liftOf(12, 40, 60, 400);
    expect(result.test).toBe('chi-square');
    // Expected counts 6, 34, 54, 306; Pearson without correction on [[12, 28], [48, 312]].
    const observed = [12, 28, 48, 312];
    const expected = [6, 34, 54, 306];
    const chisq = observed.reduce((sum, o, i) => sum + (o - expected[i]) ** 2 / expected[i], 0);
    expect(chisq).toBeCloseTo(7.84313725490196, 12);
    // R: chisq.test(matrix(c(12, 48, 28, 312), 2), correct = FALSE)$p.value.
    expect(result.p).toBeCloseTo(0.00510139964600498, 15);
    expect(result.lift).toBeCloseTo(2, 15);
  });

  it("uses Fisher's exact test when an expected count is under 5", () => {
    const result = liftOf(3, 8, 10, 200);
    expect(result.test).toBe('fisher');
    expect(result.p).toBe(fisherExact(3, 5, 7, 185).p);
  });
});
