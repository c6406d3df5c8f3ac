import { describe, expect, it } from 'vitest';
import {
  fitSbg,
  sbgCounts,
  sbgCountsFromSurvivors,
  sbgLikelihood,
  type LifetimeColumns,
} from '../../../../src-main/analysis/retention';
import { shuffled } from '../stats/shuffle';
import {
  groupKeys,
  lifetimesOf,
  readInput,
  readJson,
  type SbgReference,
} from './reference-fixtures';

const reference = readJson<SbgReference>('sbg-reference.json');
const inputs: Record<string, string> = {
  telcoContract: 'telco-contract',
  generatedMonths: 'generated-months',
};

describe('sbgCounts: the lifetimes the sBG is fitted on (issue 4, item 8)', () => {
  it('counts a churn after t ≥ 1 months as lost in period t and an active account as censored at t', () => {
    const counts = sbgCounts([
      { time: 1, event: true },
      { time: 3, event: true },
      { time: 3, event: false },
      { time: 2, event: false },
    ]);
    expect(Array.from(counts.churned)).toEqual([0, 1, 0, 1]);
    expect(Array.from(counts.survived)).toEqual([0, 0, 1, 1]);
    expect(counts.customers).toBe(4);
  });

  it('puts a churn within the first month in period 1 and leaves out accounts active for under a month', () => {
    const counts = sbgCounts([
      { time: 0, event: true },
      { time: 0, event: false },
    ]);
    expect(Array.from(counts.churned)).toEqual([0, 1]);
    expect(Array.from(counts.survived)).toEqual([0, 0]);
    expect(counts.customers).toBe(1);
  });

  it('refuses fractional or negative months', () => {
    expect(() => sbgCounts([{ time: 1.5, event: true }])).toThrow(RangeError);
    expect(() => sbgCounts([{ time: -1, event: false }])).toThrow(RangeError);
  });

  it('reads a cohort table as losses per period and the survivors censored at the end', () => {
    const counts = sbgCountsFromSurvivors([1000, 631, 468]);
    expect(Array.from(counts.churned)).toEqual([0, 369, 163]);
    expect(Array.from(counts.survived)).toEqual([0, 0, 468]);
  });
});

describe("fitSbg against R's maximum likelihood on monthly lifetimes", () => {
  for (const [set, groups] of Object.entries(reference.groups)) {
    const data = readInput(inputs[set]);
    it(`${set}: the same groups as R`, () => {
      expect(groups.map((g) => g.key)).toEqual(groupKeys(data));
    });
    for (const { key, fit: r } of groups) {
      it(`${set} / ${key}`, () => {
        const fit = fitSbg(lifetimesOf(data, key));
        if (fit === null) throw new Error('no fit');
        if (fit.atBoundary) {
          // α, β → ∞ at a fixed churn probability: compare that probability and the likelihood.
          expect(r.alpha + r.beta).toBeGreaterThan(1e5);
          expect(
            Math.abs(fit.alpha / (fit.alpha + fit.beta) / (r.alpha / (r.alpha + r.beta)) - 1),
          ).toBeLessThan(1e-2);
          expect(Math.abs(fit.logLik - r.logLik)).toBeLessThan(1e-3);
        } else {
          expect(fit.converged).toBe(true);
          expect(Math.abs(fit.alpha / r.alpha - 1)).toBeLessThan(1e-6);
          expect(Math.abs(fit.beta / r.beta - 1)).toBeLessThan(1e-6);
          expect(Math.abs(fit.logLik - r.logLik)).toBeLessThan(1e-8);
        }
      });
    }
  }

  it('marks the contract groups whose likelihood has no interior maximum', () => {
    const data = readInput('telco-contract');
    const flags = groupKeys(data).map((key) => fitSbg(lifetimesOf(data, key))?.atBoundary);
    expect(flags).toEqual([false, true, true]);
  });
});

describe('fitSbg edge cases', () => {
  it('is null without an informative customer', () => {
    expect(fitSbg([])).toBeNull();
    expect(fitSbg([{ time: 0, event: false }])).toBeNull();
  });

  it('runs to the boundary, and says so, when nobody churned', () => {
    const fit = fitSbg([
      { time: 4, event: false },
      { time: 6, event: false },
    ]);
    expect(fit?.atBoundary).toBe(true);
    expect(fit?.converged).toBe(false);
    expect(fit?.churned).toBe(0);
  });

  it('finds a maximum: the gradient vanishes and every nearby point is lower', () => {
    const counts = sbgCountsFromSurvivors([1000, 869, 743, 653, 593, 551, 517, 491]);
    const fit = fitSbg(counts);
    if (fit === null) throw new Error('no fit');
    const at = sbgLikelihood(counts, fit.alpha, fit.beta);
    expect(Math.abs(at.gradient[0])).toBeLessThan(1e-5);
    expect(Math.abs(at.gradient[1])).toBeLessThan(1e-5);
    for (const [da, db] of [
      [1.001, 1],
      [0.999, 1],
      [1, 1.001],
      [1, 0.999],
      [1.001, 1.001],
    ]) {
      expect(sbgLikelihood(counts, fit.alpha * da, fit.beta * db).logLik).toBeLessThan(at.logLik);
    }
  });

  it('does not depend on the order of the accounts', () => {
    const data = readInput('generated-months');
    const all = lifetimesOf(data);
    const order = shuffled(all.time.length, 3);
    const reordered: LifetimeColumns = {
      time: Float64Array.from(order, (i) => all.time[i]),
      event: Uint8Array.from(order, (i) => all.event[i]),
    };
    expect(fitSbg(reordered)).toEqual(fitSbg(all));
  });
});

describe('sbgLikelihood derivatives', () => {
  it('match finite differences of the log-likelihood on (ln α, ln β)', () => {
    const counts = sbgCounts(lifetimesOf(readInput('generated-months')));
    const u = Math.log(0.9);
    const v = Math.log(2.5);
    const f = (x: number, y: number) => sbgLikelihood(counts, Math.exp(x), Math.exp(y)).logLik;
    const h = 1e-4;
    const { gradient, hessian } = sbgLikelihood(counts, Math.exp(u), Math.exp(v));
    expect(gradient[0]).toBeCloseTo((f(u + h, v) - f(u - h, v)) / (2 * h), 5);
    expect(gradient[1]).toBeCloseTo((f(u, v + h) - f(u, v - h)) / (2 * h), 5);
    expect(hessian[0]).toBeCloseTo((f(u + h, v) - 2 * f(u, v) + f(u - h, v)) / (h * h), 2);
    expect(hessian[2]).toBeCloseTo((f(u, v + h) - 2 * f(u, v) + f(u, v - h)) / (h * h), 2);
    const cross =
      (f(u + h, v + h) - f(u + h, v - h) - f(u - h, v + h) + f(u - h, v - h)) / (4 * h * h);
    expect(hessian[1]).toBeCloseTo(cross, 2);
  });
});
