import { describe, expect, it } from 'vitest';
import { InvalidAnalysisInput } from '../../../src-main/analysis/analysis-error';
import { validateRule } from '../../../src-main/analysis/candidates/case-study-rules';
import { validateWeights } from '../../../src-main/analysis/score/profiles';
import { defaultCaseStudyRule } from '../../../src-main/analysis/settings/analysis-settings';
import { factorLift } from '../../../src-main/analysis/segments/factor-lift';

/** Two-sided Fisher p for [[a, b], [c, d]], summing hypergeometric probabilities by hand. */
function fisherByHand(a: number, b: number, c: number, d: number): number {
  const logFactorial = (n: number) => {
    let s = 0;
    for (let k = 2; k <= n; k++) s += Math.log(k);
    return s;
  };
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const p = (x: number) =>
    Math.exp(
      logFactorial(row1) +
        logFactorial(n - row1) +
        logFactorial(col1) +
        logFactorial(n - col1) -
        logFactorial(n) -
        logFactorial(x) -
        logFactorial(row1 - x) -
        logFactorial(col1 - x) -
        logFactorial(n - row1 - col1 + x),
    );
  const observed = p(a);
  let total = 0;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
    if (p(x) <= observed * (1 + 1e-7)) total += p(x);
  }
  return total;
}

describe('what the analyst edits', () => {
  it('checks weights: known signals, numbers of at least 0, one above 0', () => {
    expect(validateWeights({ nps: 3 }).nps).toBe(3);
    expect(() => validateWeights({ loyalty: 1 })).toThrow(InvalidAnalysisInput);
    expect(() => validateWeights({ nps: -1 })).toThrow(InvalidAnalysisInput);
    const zero = {
      health: 0,
      nps: 0,
      csat: 0,
      usageLevel: 0,
      usageTrend: 0,
      expansion: 0,
      ltv: 0,
      friction: 0,
      crc: 0,
    };
    expect(() => validateWeights(zero)).toThrow('At least one signal');
  });

  it('checks case-study rules field by field, starting from the default rule', () => {
    expect(validateRule({ minScore: 80 }, 'Strict')).toEqual({
      ...defaultCaseStudyRule,
      name: 'Strict',
      minScore: 80,
    });
    expect(() => validateRule({ minScore: 'high' }, 'x')).toThrow(InvalidAnalysisInput);
    expect(() => validateRule({ colour: 1 }, 'x')).toThrow('Unknown rule field');
  });
});

describe('lift of a factor among top advocates', () => {
  it('is the share among top advocates over the share among all customers, with Fisher for small counts', () => {
    // 6 of 10 top advocates and 20 of 100 customers have the value: lift 0.6 ÷ 0.2 = 3.
    const small = factorLift(6, 10, 20, 100);
    expect(small.lift).toBeCloseTo(3, 12);
    expect(small.test).toBe('fisher');
    // Top advocates against the other customers: [[6, 4], [14, 76]].
    expect(small.p).toBeCloseTo(fisherByHand(6, 4, 14, 76), 9);
    expect(small.lower ?? 0).toBeLessThan(3);
    expect(small.upper ?? 0).toBeGreaterThan(3);
  });

  it('uses Pearson chi-square when every expected count is at least 5', () => {
    // [[30, 70], [170, 730]]: expected counts 20, 80, 180, 720; lift 0.3 ÷ 0.2.
    const large = factorLift(30, 100, 200, 1000);
    expect(large.test).toBe('chi-square');
    expect(large.lift).toBeCloseTo(1.5, 12);
    const [a, b, c, d] = [30, 70, 170, 730];
    const chisq = (1000 * (a * d - b * c) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
    // On one degree of freedom, p = erfc(√(χ²/2)); erf by its Taylor series.
    const z = Math.sqrt(chisq / 2);
    let erf = 0;
    let term = z;
    for (let k = 0; k < 100; k++) {
      erf += term / (2 * k + 1);
      term *= (-z * z) / (k + 1);
    }
    expect(large.p).toBeCloseTo(1 - (2 / Math.sqrt(Math.PI)) * erf, 9);
  });
});
