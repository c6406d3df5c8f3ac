import type { RiskModelSummary, RiskReason } from '../../../src-shared/model/analysis/risk';
import { dayOf } from '../../../src-shared/calendar/days';
import { CHURNED, type CoreFacts } from '../load/core-facts';
import type { AccountSnapshot } from '../engine/account-snapshot';
import type { PastFeatures } from './past-features';
import {
  applyStandardization,
  auc,
  calibrationBands,
  logisticRegression,
  predictProbability,
  reasonCodes,
  standardize,
  stratifiedSplit,
} from '../stats';
import {
  activeCustomers,
  riskFeatureMatrix,
  riskFeatures,
  RISK_FEATURE_COUNT,
} from './risk-features';

const MIN_TRAINING_ACCOUNTS = 50;
const MIN_TRAINING_CHURNERS = 10;
const TOP_REASONS = 3;
const SPLIT_SEED = 20260402;

export interface ChurnRisk {
  model: RiskModelSummary | null;
  /** Probability of churning within the horizon per account position; NaN when not scored. */
  probability: Float64Array;
  reasons: Map<number, RiskReason[]>;
}

/** Features modelled on a log scale are reported in their own units. */
const logScaled = new Set<string>(['tenure', 'mrr', 'usageLevel']);
const displayValue = (feature: string, value: number): number | null =>
  Number.isNaN(value) ? null : logScaled.has(feature) ? Math.expm1(value) : value;

/**
 * Churn risk (DESIGN section 4). The model learns from the past: features are taken at
 * as-of − horizon for the customers active then, and the label is whether each churned by the
 * as-of date. A ridge logistic regression on standardised features is fitted on four fifths of
 * them and its AUC measured on the fifth held out (stratified, drawn in account order, which the
 * ids fix); the model then scores today's active customers. Reason codes are the features that
 * raise an account's log-odds most against an average account (coefficient × z-score).
 */
export function churnRisk(
  current: AccountSnapshot,
  past: PastFeatures,
  horizonDays: number,
): ChurnRisk {
  const facts: CoreFacts = current.core;
  const result: ChurnRisk = {
    model: null,
    probability: new Float64Array(facts.n).fill(NaN),
    reasons: new Map(),
  };
  const d = RISK_FEATURE_COUNT;
  const pastActive = past.rows;
  const asOfDay = dayOf(facts.asOf);
  const labels = new Uint8Array(pastActive.length);
  pastActive.forEach((i, r) => {
    labels[r] = facts.state[i] === CHURNED && facts.churnDay[i] <= asOfDay ? 1 : 0;
  });
  if (pastActive.length < MIN_TRAINING_ACCOUNTS) return result;
  const isTest = stratifiedSplit(labels, 0.2, SPLIT_SEED);
  const train: number[] = [];
  const test: number[] = [];
  pastActive.forEach((_, r) => (isTest[r] === 1 ? test : train).push(r));
  const churners = train.reduce((s, r) => s + labels[r], 0);
  if (train.length < MIN_TRAINING_ACCOUNTS || churners < MIN_TRAINING_CHURNERS) return result;

  const xAll = past.x;
  const pick = (rows: number[]) => {
    const x = new Float64Array(rows.length * d);
    rows.forEach((r, k) => x.set(xAll.subarray(r * d, r * d + d), k * d));
    return x;
  };
  const scaled = standardize(pick(train), train.length, d, { fillMissing: 0 });
  const scaleRows = (x: Float64Array, rows: number) =>
    applyStandardization(x, rows, d, scaled.means, scaled.sds, { fillMissing: 0 });
  const model = logisticRegression(
    scaled.values,
    train.length,
    d,
    Uint8Array.from(train, (r) => labels[r]),
  );
  const xTest = scaleRows(pick(test), test.length);
  const heldOutPredicted = predictProbability(model, xTest, test.length, d);
  const heldOutLabels = Uint8Array.from(test, (r) => labels[r]);
  const heldOutAuc = auc(heldOutPredicted, heldOutLabels);

  const now = activeCustomers(facts);
  const raw = riskFeatureMatrix(current, now);
  const xNow = scaleRows(raw, now.length);
  const probabilities = predictProbability(model, xNow, now.length, d);
  now.forEach((i, r) => {
    result.probability[i] = probabilities[r];
    const row = xNow.subarray(r * d, r * d + d);
    result.reasons.set(
      i,
      reasonCodes(model.coefficients, row, TOP_REASONS).map((code) => {
        const feature = riskFeatures[code.feature];
        return {
          feature: feature.key,
          label: row[code.feature] > 0 ? feature.high : feature.low,
          effect: code.contribution,
          value: displayValue(feature.key, raw[r * d + code.feature]),
        };
      }),
    );
  });
  result.model = {
    horizonDays,
    trainedAt: past.asOf,
    trainingAccounts: train.length,
    trainingChurners: churners,
    heldOutAccounts: test.length,
    heldOutAuc,
    features: riskFeatures.map((f, j) => ({
      feature: f.key,
      coefficient: model.coefficients[j],
    })),
    calibration: calibrationBands(heldOutPredicted, heldOutLabels),
  };
  return result;
}
