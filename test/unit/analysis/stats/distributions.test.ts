import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  hypergeometric2F1,
  lnGamma,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../../../src-main/analysis/stats';
import { relativeDifference, statsReference } from './stats-reference';

describe('chi-square tail probabilities against R pchisq(x, df, lower.tail = FALSE)', () => {
  for (const { x, df, p } of statsReference.chiSquareTails) {
    it(`x = ${x}, df = ${df}`, () => {
      expect(relativeDifference(chiSquareUpperTail(x, df), p)).toBeLessThan(1e-10);
    });
  }

  it('is 1 at 0 and NaN without degrees of freedom', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(2, 0)).toBeNaN();
  });

  it('P and Q add to 1, and P(1, x) = 1 − e^(−x)', () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [3, 2],
      [3, 8],
      [40, 35],
      [40, 60],
    ]) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 14);
    }
    expect(regularizedGammaP(1, 0.7)).toBeCloseTo(-Math.expm1(-0.7), 14);
  });
});

describe('ln Γ against R lgamma', () => {
  for (const { x, lnGamma: expected } of statsReference.lnGamma) {
    it(`x = ${x}`, () => {
      expect(Math.abs(lnGamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
    });
  }
});

describe('the hypergeometric function ₂F₁', () => {
  it('matches closed forms', () => {
    // ₂F₁(1, 1; 2; z) = −ln(1 − z) ÷ z; ₂F₁(a, b; b; z) = (1 − z)^(−a).
    expect(hypergeometric2F1(1, 1, 2, 0.5)).toBeCloseTo(-Math.log(0.5) / 0.5, 14);
    expect(hypergeometric2F1(2.5, 3, 3, 0.3)).toBeCloseTo(0.7 ** -2.5, 13);
    // Gauss at z = 1: Γ(c)Γ(c − a − b) ÷ (Γ(c − a)Γ(c − b)); here Γ(5)Γ(2) ÷ (Γ(4)Γ(3)) = 2.
    expect(hypergeometric2F1(1, 2, 5, 1)).toBeCloseTo(2, 13);
    expect(hypergeometric2F1(1, 2, 3, 1)).toBe(Infinity);
    expect(hypergeometric2F1(1, 2, 3, 1.5)).toBeNaN();
  });
});
