import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../src-main/analysis/stats';
import { canonicalOrder, contentSample } from '../../../../src-main/analysis/stats/row-order';
import {
  cholesky,
  choleskyInverse,
  choleskySolve,
  solveLinear,
} from '../../../../src-main/analysis/stats/small-matrix';
import { permuteRows, shuffled } from './shuffle';

describe('small matrices', () => {
  // A = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]] is symmetric positive definite.
  const A = Float64Array.from([4, 2, 0.4, 2, 5, 1, 0.4, 1, 3]);
  const multiply = (m: Float64Array, x: Float64Array) =>
    Float64Array.from(
      [0, 1, 2],
      (i) => m[i * 3] * x[0] + m[i * 3 + 1] * x[1] + m[i * 3 + 2] * x[2],
    );

  it('factorises A = L Lᵀ and solves with it', () => {
    const L = cholesky(A, 3);
    if (L === null) throw new Error('not positive definite');
    expect(L[0]).toBe(2);
    expect(L[3]).toBe(1);
    expect(L[4]).toBe(2);
    const b = Float64Array.from([1, -2, 0.5]);
    const x = choleskySolve(L, 3, b);
    multiply(A, x).forEach((v, i) => expect(v).toBeCloseTo(b[i], 14));
    const inverse = choleskyInverse(L, 3);
    for (let j = 0; j < 3; j++) {
      const column = Float64Array.from([0, 1, 2], (i) => inverse[i * 3 + j]);
      multiply(A, column).forEach((v, i) => expect(v).toBeCloseTo(i === j ? 1 : 0, 14));
    }
  });

  it('refuses a matrix that is not positive definite, and a singular system', () => {
    expect(cholesky(Float64Array.from([1, 2, 2, 1]), 2)).toBeNull();
    expect(solveLinear(Float64Array.from([1, 2, 2, 4]), 2, Float64Array.from([1, 2]))).toBeNull();
  });

  it('solves a general system with pivoting', () => {
    const M = Float64Array.from([0, 1, 1, 0]);
    expect(Array.from(solveLinear(M, 2, Float64Array.from([3, 7])) ?? [])).toEqual([7, 3]);
  });
});

describe('seeded streams and row order', () => {
  it('repeats a stream for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(drawn.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(c()).not.toBe(drawn[0]);
    const mean = drawn.reduce((s, v) => s + v, 0) / drawn.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it('orders rows by content and samples by content', () => {
    const data = Float64Array.from([3, 1, 1, 2, 1, 1, 0, 5]);
    expect(Array.from(canonicalOrder(data, 2, Int32Array.from([0, 1, 2, 3])))).toEqual([
      3, 2, 1, 0,
    ]);
    const big = Float64Array.from({ length: 400 }, (_, i) => (i * 7919) % 101);
    const sample = contentSample(big, 200, 2, 50, 3);
    const order = shuffled(200, 1);
    const sampleShuffled = contentSample(permuteRows(big, 2, order), 200, 2, 50, 3);
    const rowsOf = (d: Float64Array, picked: Int32Array) =>
      Array.from(picked, (r) => `${d[r * 2]},${d[r * 2 + 1]}`).sort();
    expect(rowsOf(permuteRows(big, 2, order), sampleShuffled)).toEqual(rowsOf(big, sample));
  });
});
