import { describe, expect, it } from 'vitest';
import {
  logisticRegression,
  predictProbability,
  reasonCodes,
  standardize,
  applyStandardization,
  stratifiedSplit,
} from '../../../../src-main/analysis/stats';
import { permuteRows, shuffled } from './shuffle';
import { statsReference } from './stats-reference';

describe("logistic regression against R's glm", () => {
  for (const data of statsReference.logistic) {
    it(`${data.name}: coefficients, standard errors and log-likelihood without a penalty`, () => {
      const cols = data.columns.length;
      const X = Float64Array.from(data.x.flat());
      const y = Uint8Array.from(data.y);
      const model = logisticRegression(X, y.length, cols, y, { l2: 0 });
      expect(model.converged).toBe(true);
      const coefficients = [model.intercept, ...model.coefficients];
      coefficients.forEach((c, j) =>
        expect(Math.abs(c / data.coefficients[j] - 1)).toBeLessThan(1e-6),
      );
      model.standardErrors.forEach((se, j) =>
        expect(Math.abs(se / data.standardErrors[j] - 1)).toBeLessThan(1e-5),
      );
      expect(model.logLik).toBeCloseTo(data.logLik, 8);
    });
  }

  it('does not depend on row order', () => {
    const data = statsReference.logistic[1];
    const cols = data.columns.length;
    const X = Float64Array.from(data.x.flat());
    const y = Uint8Array.from(data.y);
    const order = shuffled(y.length, 9);
    const a = logisticRegression(X, y.length, cols, y, { l2: 0 });
    const b = logisticRegression(
      permuteRows(X, cols, order),
      y.length,
      cols,
      Uint8Array.from(order, (i) => y[i]),
      {
        l2: 0,
      },
    );
    expect(b.intercept).toBeCloseTo(a.intercept, 8);
    b.coefficients.forEach((c, j) => expect(c).toBeCloseTo(a.coefficients[j], 8));
  });

  it('shrinks the slopes under the ridge penalty, and converges on separable data only with one', () => {
    const X = Float64Array.from([-2, -1, -0.5, 0.5, 1, 2]);
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    const free = logisticRegression(X, 6, 1, y, { l2: 0, maxIterations: 50 });
    expect(free.converged).toBe(false);
    const ridge = logisticRegression(X, 6, 1, y, { l2: 1 });
    expect(ridge.converged).toBe(true);
    expect(Math.abs(ridge.coefficients[0])).toBeLessThan(Math.abs(free.coefficients[0]));
    // The penalised score is 0 at the optimum: Σ (y − p) x = λ β.
    const p = predictProbability(ridge, X, 6, 1);
    let score = 0;
    for (let i = 0; i < 6; i++) score += (y[i] - p[i]) * X[i];
    expect(score).toBeCloseTo(ridge.coefficients[0], 8);
  });
});

describe('standardize, reason codes and the split', () => {
  it('standardises columns with the sample sd as R scale() does, and fills missing values', () => {
    const data = Float64Array.from([1, 10, 2, NaN, 3, 30, 4, 40]);
    const { values, means, sds } = standardize(data, 4, 2, { fillMissing: 0 });
    expect(Array.from(means)).toEqual([2.5, 80 / 3]);
    expect(sds[0]).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(values[0]).toBeCloseTo(-1.5 / Math.sqrt(5 / 3), 14);
    expect(values[3]).toBe(0);
    const again = applyStandardization(Float64Array.from([2.5, 80 / 3]), 1, 2, means, sds);
    expect(Array.from(again)).toEqual([0, 0]);
    expect(Array.from(standardize(Float64Array.from([5, 5]), 2, 1).values)).toEqual([0, 0]);
  });

  it('gives the features that raise the log-odds most, at most `top`', () => {
    const codes = reasonCodes(Float64Array.from([0.5, -1, 2, 0.25]), [2, 1, 0.1, 4], 2);
    expect(codes).toEqual([
      { feature: 0, contribution: 1 },
      { feature: 3, contribution: 1 },
    ]);
    expect(reasonCodes(Float64Array.from([1]), [-1])).toEqual([]);
  });

  it('splits each label in the same share, the same way for a seed', () => {
    const labels = Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const split = stratifiedSplit(labels, 0.2, 42);
    let testPositives = 0;
    let testCount = 0;
    split.forEach((t, i) => {
      testCount += t;
      testPositives += t * labels[i];
    });
    expect(testCount).toBe(20);
    expect(testPositives).toBe(5);
    expect(stratifiedSplit(labels, 0.2, 42)).toEqual(split);
    expect(
      Array.from(stratifiedSplit(Uint8Array.from([1, 1, 0]), 0.2, 1)).filter((t) => t === 1).length,
    ).toBe(1);
  });
});
