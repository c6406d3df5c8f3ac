import { describe, expect, it } from 'vitest';
import {
  signalNames,
  type ScoreWeights,
  type SignalName,
} from '../../../src-shared/model/analysis/score';
import {
  advocateScores,
  contributionsAt,
  tierOf,
} from '../../../src-main/analysis/score/advocate-score';
import { defaultWeights } from '../../../src-main/analysis/score/profiles';

const columns = (values: Partial<Record<SignalName, number[]>>, n: number) =>
  Object.fromEntries(
    signalNames.map((s) => [s, Float64Array.from(values[s] ?? new Array<number>(n).fill(NaN))]),
  ) as Record<SignalName, Float64Array>;

describe('advocate score', () => {
  it('turns tickets round: fewer tickets per month rank higher', () => {
    const scores = advocateScores(
      columns({ friction: [0, 1, 2, 3] }, 4),
      Uint8Array.from([1, 1, 1, 1]),
      defaultWeights,
    );
    expect(Array.from(scores.percentiles.friction)).toEqual([87.5, 62.5, 37.5, 12.5]);
    expect(Array.from(scores.score)).toEqual([87.5, 62.5, 37.5, 12.5]);
  });

  it('ranks among active accounts only, and leaves the others unscored', () => {
    const scores = advocateScores(
      columns({ nps: [10, 0, 5, 8] }, 4),
      Uint8Array.from([1, 0, 1, 1]),
      defaultWeights,
    );
    expect(Array.from(scores.score)).toEqual([
      expect.closeTo(100 * (2.5 / 3), 12),
      NaN,
      expect.closeTo(100 * (0.5 / 3), 12),
      50,
    ]);
  });

  it('drops a signal with one value for everyone, which would pull every score to 50', () => {
    const scores = advocateScores(
      columns({ nps: [10, 6, 8], health: [70, 70, 70] }, 3),
      Uint8Array.from([1, 1, 1]),
      defaultWeights,
    );
    expect(scores.constantSignals).toContain('health');
    expect(scores.score[0]).toBeCloseTo(100 * (2.5 / 3), 12);
  });

  it('does not depend on the order of the accounts', () => {
    const n = 200;
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const raw = Object.fromEntries(
      signalNames.map((s) => [
        s,
        Array.from({ length: n }, () => (random() < 0.2 ? NaN : Math.round(random() * 10))),
      ]),
    ) as Record<SignalName, number[]>;
    const eligible = Uint8Array.from({ length: n }, () => (random() < 0.8 ? 1 : 0));
    const order = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
    const permuted = Object.fromEntries(
      signalNames.map((s) => [s, order.map((i) => raw[s][i] ?? NaN)]),
    ) as Record<SignalName, number[]>;
    const a = advocateScores(columns(raw, n), eligible, defaultWeights);
    const b = advocateScores(
      columns(permuted, n),
      Uint8Array.from(order, (i) => eligible[i] ?? 0),
      defaultWeights,
    );
    order.forEach((i, k) => expect(b.score[k]).toBe(a.score[i]));
  });

  it('stores contributions that sum to the score, with weights renormalised over what is present', () => {
    const weights: ScoreWeights = { ...defaultWeights, ltv: 3 };
    const signals = columns({ nps: [9, 3, 7], ltv: [100, 900, NaN], usageLevel: [5, 1, 3] }, 3);
    const scores = advocateScores(signals, Uint8Array.from([1, 1, 1]), weights);
    for (let i = 0; i < 3; i++) {
      const parts = contributionsAt(scores.percentiles, weights, i, signals);
      expect(parts.reduce((s, p) => s + p.contribution, 0)).toBe(scores.score[i]);
      expect(parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 14);
    }
    // Account 3 has no LTV: NPS (2) and usage level (1) share its weight, 2/3 and 1/3.
    expect(contributionsAt(scores.percentiles, weights, 2).map((p) => p.weight)).toEqual([
      2 / 3,
      1 / 3,
    ]);
    // The profile weighs 10 in all (8 by default, LTV raised from 1 to 3); NPS and usage carry 3.
    expect(scores.coverage[2]).toBeCloseTo(3 / 10, 12);
  });

  it('places scores in tiers by editable thresholds', () => {
    const tiers = { champion: 80, advocate: 60, neutral: 40 };
    expect([80, 79.9, 60, 40, 39.9].map((s) => tierOf(s, tiers))).toEqual([
      'champion',
      'advocate',
      'advocate',
      'neutral',
      'at_risk',
    ]);
  });
});
