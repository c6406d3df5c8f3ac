import { describe, expect, it } from 'vitest';
import {
  fitSbg,
  sbgCountsFromSurvivors,
  sbgDerl,
  sbgLikelihood,
  sbgProjectedSurvival,
} from '../../../../src-main/analysis/retention';
import { readJson, type SbgReference } from './reference-fixtures';

/**
 * Fader & Hardie, "How to Project Customer Retention" (Journal of Interactive Marketing 21(1),
 * 2007): two cohorts of 1,000 customers on annual contracts, fitted on years 1–7 and projected to
 * year 12. Their table of survivors and their published estimates, to the three significant
 * figures printed; and R's own maximisation of the same likelihood (scripts/r/sbg-reference.R),
 * derived there from beta functions rather than the running products used here.
 */
const published = {
  regular: {
    survivors: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
    alpha: 0.704,
    beta: 1.182,
    logLik: -1680.3,
  },
  highEnd: {
    survivors: [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394],
    alpha: 0.668,
    beta: 3.806,
    logLik: -1611.2,
  },
};
const FITTED_YEARS = 7;
const reference = readJson<SbgReference>('sbg-reference.json');

describe.each(Object.entries(published))('Fader & Hardie (2007), %s cohort', (name, cohort) => {
  const fit = fitSbg(sbgCountsFromSurvivors(cohort.survivors.slice(0, FITTED_YEARS + 1)));
  const r = reference.cohorts.find((c) => c.name === name);

  it('recovers the published α, β and log-likelihood', () => {
    expect(fit).not.toBeNull();
    expect(fit?.converged).toBe(true);
    expect(fit?.customers).toBe(1000);
    expect(fit?.alpha.toFixed(3)).toBe(cohort.alpha.toFixed(3));
    expect(fit?.beta.toFixed(3)).toBe(cohort.beta.toFixed(3));
    expect(fit?.logLik.toFixed(1)).toBe(cohort.logLik.toFixed(1));
  });

  it("agrees with R's maximisation of the same likelihood to 1e-6", () => {
    expect(r?.survivors).toEqual(cohort.survivors);
    expect(r?.fittedPeriods).toBe(FITTED_YEARS);
    expect(Math.abs((fit?.alpha ?? NaN) / (r?.fit.alpha ?? NaN) - 1)).toBeLessThan(1e-6);
    expect(Math.abs((fit?.beta ?? NaN) / (r?.fit.beta ?? NaN) - 1)).toBeLessThan(1e-6);
    expect(Math.abs((fit?.logLik ?? NaN) - (r?.fit.logLik ?? NaN))).toBeLessThan(1e-8);
  });

  it('has the log-likelihood of its own derivation: Σ lost ln P(T = t) + survivors ln S(7)', () => {
    // P(T = 1) = α/(α+β); P(T = t) = P(T = t − 1)(β + t − 2)/(α + β + t − 1); S(t) = S(t − 1) − P(T = t).
    const { alpha, beta } = cohort;
    let probability = alpha / (alpha + beta);
    let survival = 1 - probability;
    let logLik = (cohort.survivors[0] - cohort.survivors[1]) * Math.log(probability);
    for (let t = 2; t <= FITTED_YEARS; t++) {
      probability *= (beta + t - 2) / (alpha + beta + t - 1);
      survival -= probability;
      logLik += (cohort.survivors[t - 1] - cohort.survivors[t]) * Math.log(probability);
    }
    logLik += cohort.survivors[FITTED_YEARS] * Math.log(survival);
    const counts = sbgCountsFromSurvivors(cohort.survivors.slice(0, FITTED_YEARS + 1));
    expect(sbgLikelihood(counts, alpha, beta).logLik).toBeCloseTo(logLik, 9);
    expect(logLik.toFixed(1)).toBe(cohort.logLik.toFixed(1));
  });

  it('projects years 8–12 as R does, and within two points of what the cohort actually did', () => {
    const projected = sbgProjectedSurvival(fit?.alpha ?? NaN, fit?.beta ?? NaN, 12);
    projected.forEach((s, i) => {
      expect(Math.abs(s - (r?.projectedSurvival[i] ?? NaN))).toBeLessThan(1e-7);
      expect(Math.abs(s - cohort.survivors[i + 1] / 1000)).toBeLessThan(0.02);
    });
  });

  it("gives Fader & Hardie's (2010) DERL as R's brute-force discounted sums", () => {
    for (const { periodsSurvived, discountRate, value } of r?.derl ?? []) {
      const derl = sbgDerl(fit?.alpha ?? NaN, fit?.beta ?? NaN, periodsSurvived, discountRate);
      expect(Math.abs(derl / value - 1)).toBeLessThan(1e-6);
    }
    expect(r?.derl.length).toBe(3);
  });
});
