import { describe, expect, it } from 'vitest';
import {
  fitSbg,
  kaplanMeier,
  logRankTest,
  sbgExpectedLifetime,
  sbgResidualLifetime,
  sbgSurvivalCurve,
  shrinkSbg,
} from '../../../../src-main/analysis/maths-bridge';
import { sbgDerl, sbgSurvival } from '../../../../src-main/analysis/retention';
import { groupKeys, readInput, readJson, type KmReference } from './reference-fixtures';

/** The engine's adapters over the maths library, checked against the same references. */
const reference = readJson<KmReference>('km-reference.json');

describe('maths bridge: survival', () => {
  for (const dataset of reference.datasets) {
    const expected = dataset.logRank;
    if (expected === null) continue;
    it(`logRankTest on ${dataset.name} matches survdiff`, () => {
      const data = readInput(dataset.name);
      const keys = groupKeys(data);
      const codes = Int32Array.from(data.group, (g) => keys.indexOf(g));
      const test = logRankTest(data.time, data.event, codes, keys.length);
      expect(test?.df).toBe(expected.df);
      expect(Math.abs((test?.chisq ?? NaN) - expected.chisq)).toBeLessThan(
        1e-9 * (1 + expected.chisq),
      );
      expect(Math.abs((test?.p ?? NaN) - expected.p)).toBeLessThan(1e-9);
    });
  }

  it('has no log-rank test for a single group', () => {
    expect(logRankTest([1, 2], [1, 0], [0, 0], 1)).toBeNull();
  });

  it('kaplanMeier takes whole-month columns', () => {
    const curve = kaplanMeier(Int32Array.from([1, 1, 2, 3]), Uint8Array.from([1, 0, 1, 0]));
    expect(curve.points.map((p) => [p.t, p.atRisk, p.survival])).toEqual([
      [1, 4, 0.75],
      [2, 2, 0.375],
    ]);
    expect(curve.medianMonths).toBe(2);
  });
});

describe('maths bridge: sBG', () => {
  const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
  const churnedAt: number[] = [];
  for (let t = 1; t < regular.length; t++) {
    for (let k = 0; k < regular[t - 1] - regular[t]; k++) churnedAt.push(t);
  }
  const activeAt = new Array<number>(241).fill(7);

  it('fits the Fader & Hardie regular cohort', () => {
    const fit = fitSbg({ churnedAt, activeAt });
    expect(fit?.alpha.toFixed(3)).toBe('0.704');
    expect(fit?.beta.toFixed(3)).toBe('1.182');
    expect(fit?.logLik.toFixed(1)).toBe('-1680.3');
    expect(fit?.atBoundary).toBe(false);
  });

  it('ignores accounts active for under a month, counts a first-month churn in period 1, and needs a churn', () => {
    const base = fitSbg({ churnedAt, activeAt });
    expect(fitSbg({ churnedAt, activeAt: [...activeAt, 0, 0, 0] })).toEqual(base);
    const withZero = fitSbg({ churnedAt: [0, ...churnedAt.slice(1)], activeAt });
    expect(withZero).toEqual(base);
    expect(fitSbg({ churnedAt: [], activeAt: [3, 4] })).toBeNull();
  });

  it('stops at the bound, flagged, when churn does not vary between customers', () => {
    const data = readInput('telco-contract');
    const churned: number[] = [];
    const active: number[] = [];
    data.group.forEach((g, i) => {
      if (g !== 'two-year') return;
      (data.event[i] === 1 ? churned : active).push(data.time[i]);
    });
    const fit = fitSbg({ churnedAt: churned, activeAt: active });
    expect(fit?.atBoundary).toBe(true);
    expect(fit?.beta).toBeLessThanOrEqual(1e6 * (1 + 1e-12));
  });

  it('builds S(0..H) as the product form gives it', () => {
    const curve = sbgSurvivalCurve({ alpha: 0.704, beta: 1.182 }, 240);
    expect(curve[0]).toBe(1);
    expect(curve.length).toBe(241);
    for (const t of [1, 12, 240])
      expect(curve[t] / sbgSurvival(0.704, 1.182, t)).toBeCloseTo(1, 13);
    // A steep fit keeps its tail positive and exact instead of cancelling to 0 or below.
    const steep = sbgSurvivalCurve({ alpha: 50, beta: 1 }, 10);
    expect(steep[10]).toBeGreaterThan(0);
    expect(steep[10] / sbgSurvival(50, 1, 10)).toBeCloseTo(1, 12);
  });

  it('truncated discounted lifetimes add up the survival curve', () => {
    const p = { alpha: 2.5, beta: 4 };
    expect(sbgExpectedLifetime(p, 0, 100_000)).toBeCloseTo(5.5 / 1.5, 4);
    const d = 0.01;
    expect(sbgExpectedLifetime(p, d, 3)).toBeCloseTo(
      1 + sbgSurvival(2.5, 4, 1) / 1.01 + sbgSurvival(2.5, 4, 2) / 1.01 ** 2,
      14,
    );
    // Residual: the current period plus δ × DERL (Fader & Hardie 2010), to the horizon.
    expect(sbgResidualLifetime(p, 3, d, 5000)).toBeCloseTo(1 + sbgDerl(2.5, 4, 3, d) / (1 + d), 8);
    expect(sbgResidualLifetime(p, 3, d, 1)).toBe(1);
  });

  it('shrinks parameters toward the population by n ÷ (n + m)', () => {
    const group = { alpha: 1, beta: 3 };
    const population = { alpha: 0.5, beta: 4.5 };
    const shrunk = shrinkSbg(group, population, 50, 50);
    expect(shrunk.weight).toBe(0.5);
    // θ = α/(α+β): logits of 0.25 and 0.1 averaged; κ = α + β: geometric mean of 4 and 5.
    const logit = (p: number) => Math.log(p / (1 - p));
    const theta = 1 / (1 + Math.exp(-(logit(0.25) + logit(0.1)) / 2));
    expect(shrunk.alpha / (shrunk.alpha + shrunk.beta)).toBeCloseTo(theta, 14);
    expect(shrunk.alpha + shrunk.beta).toBeCloseTo(Math.sqrt(20), 13);
    expect(shrinkSbg(null, population, 10, 50)).toEqual({ alpha: 0.5, beta: 4.5, weight: 0 });
  });
});
