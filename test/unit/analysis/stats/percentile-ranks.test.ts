import { describe, expect, it } from 'vitest';
import { percentileRanks } from '../../../../src-main/analysis/stats';
import { shuffled } from './shuffle';
import { statsReference } from './stats-reference';

const fromR = (values: (number | null)[]) => Float64Array.from(values, (v) => v ?? NaN);

describe('percentileRanks', () => {
  it('are mid-rank percentiles: 100 × (rank − ½) ÷ n, as R computes them from rank()', () => {
    const { values, higherIsBetter, lowerIsBetter } = statsReference.percentiles;
    const up = percentileRanks(fromR(values), { higherIsBetter: true });
    const down = percentileRanks(fromR(values), { higherIsBetter: false });
    values.forEach((_, i) => {
      const expectedUp = higherIsBetter[i];
      const expectedDown = lowerIsBetter[i];
      if (expectedUp === null || expectedDown === null) {
        expect(up[i]).toBeNaN();
        expect(down[i]).toBeNaN();
      } else {
        expect(up[i]).toBeCloseTo(expectedUp, 12);
        expect(down[i]).toBeCloseTo(expectedDown, 12);
      }
    });
  });

  it('by hand: ties share a mid-rank and a lone value ranks 50', () => {
    // 100 × (values worse + half the values equal) ÷ 4: 10 → (1 + ½)/4, 20 → (2 + 1)/4, 5 → ½/4.
    expect(
      Array.from(percentileRanks(Float64Array.from([10, 20, 20, 5]), { higherIsBetter: true })),
    ).toEqual([37.5, 75, 75, 12.5]);
    expect(Array.from(percentileRanks(Float64Array.from([7]), { higherIsBetter: false }))).toEqual([
      50,
    ]);
    expect(
      Array.from(percentileRanks(Float64Array.from([NaN, NaN]), { higherIsBetter: true })),
    ).toEqual([NaN, NaN]);
  });

  it('average 50 and do not depend on row order', () => {
    const values = fromR(statsReference.percentiles.values);
    const ranks = percentileRanks(values, { higherIsBetter: true });
    const present = Array.from(ranks).filter((r) => !Number.isNaN(r));
    expect(present.reduce((a, b) => a + b, 0) / present.length).toBeCloseTo(50, 12);
    const order = shuffled(values.length, 11);
    const reordered = percentileRanks(
      Float64Array.from(order, (i) => values[i]),
      { higherIsBetter: true },
    );
    expect(reordered).toEqual(Float64Array.from(order, (row) => ranks[row]));
  });
});
