import {
  invertedSignals,
  signalNames,
  type ScoreWeights,
  type SignalContribution,
  type SignalName,
  type Tier,
  type TierThresholds,
} from '../../../src-shared/model/analysis/score';
import { percentileRanks } from '../stats';

export type SignalColumns = Record<SignalName, Float64Array>;

export interface ScoreColumns {
  /** NaN for accounts not scored (not active customers, or no signal at all). */
  score: Float64Array;
  coverage: Float64Array;
  present: Uint8Array;
  /** Direction-aware percentile of each signal (higher is better), NaN where absent. */
  percentiles: SignalColumns;
  /** Signals left out for everyone because they did not vary among active accounts. */
  constantSignals: SignalName[];
}

/**
 * The advocate score of DESIGN section 4. Each signal becomes a percentile among the eligible
 * (active) accounts, turned round for tickets and CRC so that higher is always better. The score
 * is the weighted mean of the percentiles the account has, the weights renormalised over them, so
 * a missing signal neither rewards nor punishes. A signal with one value for everyone carries no
 * information and is left out (it would pull every score towards 50).
 */
export function advocateScores(
  signals: SignalColumns,
  eligible: Uint8Array,
  weights: ScoreWeights,
): ScoreColumns {
  const n = eligible.length;
  const percentiles = {} as SignalColumns;
  const constantSignals: SignalName[] = [];
  for (const signal of signalNames) {
    const values = signals[signal];
    if (!varies(values, eligible)) {
      constantSignals.push(signal);
      percentiles[signal] = new Float64Array(n).fill(NaN);
      continue;
    }
    // Ranked among eligible accounts only: the others are set aside as missing.
    const amongEligible = values.map((v, i) => (eligible[i] === 1 ? v : NaN));
    percentiles[signal] = percentileRanks(amongEligible, {
      higherIsBetter: !invertedSignals.includes(signal),
    });
  }
  const totalWeight = signalNames.reduce((sum, s) => sum + weights[s], 0);
  const result: ScoreColumns = {
    score: new Float64Array(n).fill(NaN),
    coverage: new Float64Array(n),
    present: new Uint8Array(n),
    percentiles,
    constantSignals,
  };
  for (let i = 0; i < n; i++) {
    if (eligible[i] !== 1) continue;
    const parts = contributionsAt(percentiles, weights, i);
    if (parts.length === 0) continue;
    let score = 0;
    let carried = 0;
    for (const p of parts) {
      score += p.contribution;
      carried += weights[p.signal];
    }
    result.score[i] = score;
    result.coverage[i] = totalWeight > 0 ? carried / totalWeight : 0;
    result.present[i] = parts.length;
  }
  return result;
}

/** The contributions of one account, in signal order; they sum to its score. */
export function contributionsAt(
  percentiles: SignalColumns,
  weights: ScoreWeights,
  i: number,
  values?: SignalColumns,
): SignalContribution[] {
  let weightPresent = 0;
  for (const s of signalNames) {
    if (weights[s] > 0 && !Number.isNaN(percentiles[s][i])) weightPresent += weights[s];
  }
  if (weightPresent === 0) return [];
  const parts: SignalContribution[] = [];
  for (const s of signalNames) {
    const p = percentiles[s][i];
    if (weights[s] <= 0 || Number.isNaN(p)) continue;
    const weight = weights[s] / weightPresent;
    parts.push({
      signal: s,
      value: values ? values[s][i] : NaN,
      percentile: p,
      weight,
      contribution: weight * p,
    });
  }
  return parts;
}

export function tierOf(score: number, tiers: TierThresholds): Tier {
  if (score >= tiers.champion) return 'champion';
  if (score >= tiers.advocate) return 'advocate';
  if (score >= tiers.neutral) return 'neutral';
  return 'at_risk';
}

/** Top advocates are the Champion and Advocate tiers. */
export const isTopAdvocate = (score: number, tiers: TierThresholds): boolean =>
  !Number.isNaN(score) && score >= tiers.advocate;

function varies(values: Float64Array, eligible: Uint8Array): boolean {
  let first = NaN;
  for (let i = 0; i < values.length; i++) {
    if (eligible[i] !== 1 || Number.isNaN(values[i])) continue;
    if (Number.isNaN(first)) first = values[i];
    else if (values[i] !== first) return true;
  }
  return false;
}
