import { describe, expect, it } from 'vitest';
import type { RiskModelSummary } from '../../../src-shared/model/analysis/risk';
import { riskDoubts, riskModelReliable } from '../../../src-shared/model/analysis/risk-reliability';

const model = (heldOutAuc: number | null, trainingChurners: number): RiskModelSummary => ({
  horizonDays: 90,
  trainedAt: '2026-01-01',
  trainingAccounts: 1000,
  trainingChurners,
  heldOutAccounts: 250,
  heldOutAuc,
  features: [],
});

describe('when a churn model can be acted on', () => {
  it('trusts a measured AUC of 0.6 or more with enough churners', () => {
    expect(riskDoubts(model(0.6, 50))).toEqual([]);
    expect(riskModelReliable(model(0.6, 50))).toBe(true);
  });

  it('doubts an AUC below 0.6, an AUC never measured, and few churners', () => {
    expect(riskDoubts(model(0.59, 50))).toEqual(['weak-auc']);
    expect(riskDoubts(model(null, 50))).toEqual(['no-auc']);
    expect(riskDoubts(model(Number.NaN, 49))).toEqual(['no-auc', 'few-churners']);
    expect(riskModelReliable(model(0.59, 500))).toBe(false);
    expect(riskModelReliable(model(null, 500))).toBe(false);
    // Few churners is a caution on the coefficients, not a verdict on the ranking.
    expect(riskModelReliable(model(0.8, 20))).toBe(true);
    expect(riskDoubts(model(0.8, 20))).toEqual(['few-churners']);
  });
});
