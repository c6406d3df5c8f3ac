/**
 * The numerical methods the engine calls, in the engine's shapes (whole-month columns, group
 * codes, parameter objects). The maths itself lives in the library (analysis/retention,
 * analysis/stats) and is tested there against R and published figures; the adapters here are
 * thin enough to be checked against the same references.
 */
import { kaplanMeier as kaplanMeierCurve } from '../retention/kaplan-meier';
import type { KmPoint } from '../../../src-shared/model/analysis/retention';

export interface KaplanMeier {
  points: KmPoint[];
  medianMonths: number | null;
}

/** Kaplan–Meier over whole-month times (1 = churned, 0 = censored). */
export function kaplanMeier(times: Int32Array, events: Uint8Array): KaplanMeier {
  const curve = kaplanMeierCurve({ time: Float64Array.from(times), event: events });
  return { points: curve.points, medianMonths: curve.medianMonths };
}

export { logRankTest } from './survival';
export {
  fitSbg,
  sbgExpectedLifetime,
  sbgResidualLifetime,
  sbgSurvivalCurve,
  shrinkSbg,
  type SbgFit,
  type SbgParameters,
} from './sbg';
export { liftOf, type Lift } from './contingency';
export {
  applyStandardization,
  auc,
  chooseK,
  logisticRegression,
  percentileRanks,
  predictProbability,
  reasonCodes,
  standardize,
  stratifiedSplit,
  type LogisticModel,
} from '../stats';
