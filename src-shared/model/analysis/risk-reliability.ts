import type { RiskModelSummary } from './risk';

/**
 * A churn ranking is acted on only when its held-out AUC is measured and at least this: below it
 * the ranking barely beats the 0.5 of guessing. The command line and the At risk view both say so.
 */
export const RELIABLE_AUC = 0.6;

/**
 * Fewer churners than this in training leaves the coefficients uncertain even when the AUC looks
 * good (the usual floor for a logistic model is about ten events per feature).
 */
export const CONFIDENT_CHURNERS = 50;

/** Whether the ranking beats chance by enough to use: an AUC measured and at least RELIABLE_AUC. */
export const riskModelReliable = (model: RiskModelSummary): boolean =>
  model.heldOutAuc !== null && !Number.isNaN(model.heldOutAuc) && model.heldOutAuc >= RELIABLE_AUC;

/** Why a churn model's figures deserve doubt; none when they can be acted on. */
export type RiskDoubt = 'no-auc' | 'weak-auc' | 'few-churners';

export function riskDoubts(model: RiskModelSummary): RiskDoubt[] {
  const doubts: RiskDoubt[] = [];
  if (model.heldOutAuc === null || Number.isNaN(model.heldOutAuc)) doubts.push('no-auc');
  else if (model.heldOutAuc < RELIABLE_AUC) doubts.push('weak-auc');
  if (model.trainingChurners < CONFIDENT_CHURNERS) doubts.push('few-churners');
  return doubts;
}
