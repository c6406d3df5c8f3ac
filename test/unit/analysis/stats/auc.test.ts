import { describe, expect, it } from 'vitest';
import { auc } from '../../../../src-main/analysis/stats';
import { shuffled } from './shuffle';
import { statsReference } from './stats-reference';

describe('auc', () => {
  const { scores, labels } = statsReference.auc;
  const s = Float64Array.from(scores);
  const y = Uint8Array.from(labels);

  it('counts the (positive, negative) pairs ordered right, ties as one half — by hand 25/36', () => {
    // Positives 0.9, 0.8, 0.7, 0.6, 0.5, 0.3 against negatives 0.8, 0.6, 0.6, 0.4, 0.3, 0.2:
    // 6 + 5.5 + 5 + 4 + 3 + 1.5 = 25 of 36 pairs.
    expect(auc(s, y)).toBeCloseTo(25 / 36, 15);
  });

  it("equals R's Mann–Whitney statistic over n₁ n₀", () => {
    expect(auc(s, y)).toBeCloseTo(statsReference.auc.auc, 14);
  });

  it('is 1 for a perfect ranking, ½ for constant scores, and null with one class', () => {
    expect(auc(Float64Array.from([0.1, 0.2, 0.8, 0.9]), Uint8Array.from([0, 0, 1, 1]))).toBe(1);
    expect(auc(Float64Array.from([0.5, 0.5, 0.5]), Uint8Array.from([0, 1, 1]))).toBe(0.5);
    expect(auc(Float64Array.from([0.5, 0.7]), Uint8Array.from([1, 1]))).toBeNull();
    expect(() => auc(Float64Array.from([NaN, 1]), Uint8Array.from([0, 1]))).toThrow(RangeError);
  });

  it('does not depend on row order', () => {
    const order = shuffled(s.length, 2);
    expect(
      auc(
        Float64Array.from(order, (i) => s[i]),
        Uint8Array.from(order, (i) => y[i]),
      ),
    ).toBe(auc(s, y));
  });
});
