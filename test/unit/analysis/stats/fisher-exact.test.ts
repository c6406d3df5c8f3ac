import { describe, expect, it } from 'vitest';
import { chiSquare2x2, fisherExact } from '../../../../src-main/analysis/stats';
import {
  hypergeometricSupport,
  noncentralMoments,
} from '../../../../src-main/analysis/stats/hypergeometric-distribution';
import { relativeDifference, statsReference } from './stats-reference';

describe("Fisher's exact test against R's fisher.test", () => {
  for (const table of statsReference.twoByTwo) {
    const [a, b, c, d] = table.cells;
    it(`[[${a}, ${b}], [${c}, ${d}]]`, () => {
      const result = fisherExact(a, b, c, d);
      expect(relativeDifference(result.p, table.fisherP)).toBeLessThan(1e-9);
      // R finds the conditional MLE with uniroot at its default tolerance (about 1e-4).
      if (table.fisherOddsRatio === null) expect(result.oddsRatio).toBe(Infinity);
      else if (table.fisherOddsRatio === 0) expect(result.oddsRatio).toBe(0);
      else expect(relativeDifference(result.oddsRatio, table.fisherOddsRatio)).toBeLessThan(1e-3);
    });
  }

  it('gives the tea-tasting table p = 34/70 by hand', () => {
    // Margins 4/4/4/4: P(3) = C(4,3)C(4,1)/C(8,4) = 16/70; tables as or less likely: x = 0, 1, 3, 4.
    expect(fisherExact(3, 1, 1, 3).p).toBeCloseTo((1 + 16 + 16 + 1) / 70, 15);
  });

  it('estimates the odds ratio whose conditional mean is the observed cell', () => {
    const support = hypergeometricSupport({ m: 22, n: 215, k: 17 });
    const { oddsRatio } = fisherExact(12, 5, 10, 210);
    expect(noncentralMoments(support, Math.log(oddsRatio)).mean).toBeCloseTo(12, 9);
  });

  it('refuses what is not a table of counts', () => {
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(-1, 2, 3, 4)).toThrow(RangeError);
  });
});

describe("Pearson's chi-square on 2 × 2 tables against R's chisq.test", () => {
  for (const table of statsReference.twoByTwo) {
    const [a, b, c, d] = table.cells;
    it(`[[${a}, ${b}], [${c}, ${d}]] with and without Yates's correction`, () => {
      const yates = chiSquare2x2(a, b, c, d, { yates: true });
      const pearson = chiSquare2x2(a, b, c, d, { yates: false });
      expect(Math.abs((yates.chisq ?? NaN) - table.yatesChisq)).toBeLessThan(
        1e-10 * (1 + table.yatesChisq),
      );
      expect(Math.abs((pearson.chisq ?? NaN) - table.pearsonChisq)).toBeLessThan(
        1e-10 * (1 + table.pearsonChisq),
      );
      expect(relativeDifference(yates.p ?? NaN, table.yatesP)).toBeLessThan(1e-9);
      expect(relativeDifference(pearson.p ?? NaN, table.pearsonP)).toBeLessThan(1e-9);
    });
  }

  it('has no statistic when a margin is empty', () => {
    expect(chiSquare2x2(0, 0, 3, 4, { yates: false })).toEqual({ chisq: null, df: 1, p: null });
  });
});
