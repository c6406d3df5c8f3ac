import { describe, expect, it } from 'vitest';
import {
  combineSbgCounts,
  fitSbg,
  fitSbgShrunk,
  sbgCounts,
  sbgCountsFromSurvivors,
  sbgLikelihood,
} from '../../../../src-main/analysis/retention';
import { lifetimesOf, readInput } from './reference-fixtures';

const population = sbgCountsFromSurvivors([1000, 631, 468, 382, 326, 289, 262, 241]);
const populationFit = fitSbg(population);

describe('fitSbgShrunk: a power prior worth m customers of population experience', () => {
  it('leaves groups of n₀ = 500 informative customers or more alone', () => {
    const big = sbgCountsFromSurvivors([500, 430, 380, 350, 330]);
    const result = fitSbgShrunk(big, population);
    expect(result.shrunk).toBe(false);
    expect(result.weight).toBe(0);
    expect(result.shrunkFit).toEqual(result.mle);
  });

  it('weights the population m ÷ (n + m) with m = m₀ (1 − n ÷ n₀)', () => {
    const small = sbgCountsFromSurvivors([100, 80, 70, 64, 60]);
    const result = fitSbgShrunk(small, population);
    // n = 100: m = 50 × (1 − 100/500) = 40, weight 40/140.
    expect(result.priorCustomers).toBeCloseTo(40, 12);
    expect(result.weight).toBeCloseTo(40 / 140, 12);
    expect(result.shrunk).toBe(true);
  });

  it('maximises ℓ_group + (m ÷ N) ℓ_population, and reports the group’s own log-likelihood there', () => {
    const small = sbgCountsFromSurvivors([100, 80, 70, 64, 60]);
    const result = fitSbgShrunk(small, population);
    const shrunk = result.shrunkFit;
    if (shrunk === null) throw new Error('no shrunk fit');
    const objective = (a: number, b: number) =>
      sbgLikelihood(small, a, b).logLik + (40 / 1000) * sbgLikelihood(population, a, b).logLik;
    const best = objective(shrunk.alpha, shrunk.beta);
    for (const [da, db] of [
      [1.01, 1],
      [0.99, 1],
      [1, 1.01],
      [1, 0.99],
    ]) {
      expect(objective(shrunk.alpha * da, shrunk.beta * db)).toBeLessThan(best);
    }
    expect(shrunk.logLik).toBeCloseTo(sbgLikelihood(small, shrunk.alpha, shrunk.beta).logLik, 10);
    expect(shrunk.customers).toBe(100);
  });

  it('lands between the group and the population, nearer the population the smaller the group', () => {
    const retentionAfter = (fit: { alpha: number; beta: number } | null, t: number) => {
      if (fit === null) throw new Error('no fit');
      let s = 1;
      for (let i = 0; i < t; i++) s *= (fit.beta + i) / (fit.alpha + fit.beta + i);
      return s;
    };
    const loyal = [0.9, 0.85, 0.82, 0.8, 0.79];
    const gaps = [20, 80, 300].map((n) => {
      const group = sbgCountsFromSurvivors([n, ...loyal.map((s) => Math.round(n * s))]);
      const result = fitSbgShrunk(group, population);
      const own = retentionAfter(result.mle, 5);
      const shrunk = retentionAfter(result.shrunkFit, 5);
      const pooled = retentionAfter(populationFit, 5);
      expect(shrunk).toBeLessThan(own);
      expect(shrunk).toBeGreaterThan(pooled);
      return (shrunk - pooled) / (own - pooled);
    });
    expect(gaps[0]).toBeLessThan(gaps[1]);
    expect(gaps[1]).toBeLessThan(gaps[2]);
  });

  it('gives a group without customers the population fit, and a churn-free group a finite one', () => {
    const empty = fitSbgShrunk(sbgCounts([]), population);
    expect(empty.mle).toBeNull();
    expect(empty.weight).toBe(1);
    expect(empty.shrunkFit?.alpha).toBeCloseTo(populationFit?.alpha ?? NaN, 5);
    expect(empty.shrunkFit?.beta).toBeCloseTo(populationFit?.beta ?? NaN, 5);
    const quiet = fitSbgShrunk(
      sbgCounts(Array.from({ length: 30 }, () => ({ time: 6, event: false }))),
      population,
    );
    expect(quiet.mle?.atBoundary).toBe(true);
    expect(quiet.shrunkFit?.atBoundary).toBe(false);
    expect(quiet.shrunkFit?.churned).toBe(0);
  });

  it('takes lifetimes or counts alike', () => {
    const data = readInput('generated-months');
    const group = lifetimesOf(data, 'events');
    const all = lifetimesOf(data);
    expect(fitSbgShrunk(group, all)).toEqual(fitSbgShrunk(sbgCounts(group), sbgCounts(all)));
  });

  it('combines counts by weight, aligned on the period', () => {
    const combined = combineSbgCounts([
      { counts: sbgCountsFromSurvivors([10, 6]), weight: 1 },
      { counts: sbgCountsFromSurvivors([100, 50, 20]), weight: 0.5 },
    ]);
    expect(Array.from(combined.churned)).toEqual([0, 4 + 25, 15]);
    expect(Array.from(combined.survived)).toEqual([0, 6, 10]);
    expect(combined.customers).toBe(60);
  });
});
