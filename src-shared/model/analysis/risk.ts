/** The churn-risk model and the accounts most likely to churn within its horizon. */

import type { Tier } from './score';

export interface RiskReason {
  feature: string;
  /** In words, e.g. "usage level below average". */
  label: string;
  /** How much this feature raises the log-odds of churning against an average account. */
  effect: number;
  value: number | null;
}

export interface RiskRow {
  accountId: string;
  name: string | null;
  probability: number;
  reasons: RiskReason[];
  mrr: number | null;
  tier: Tier | null;
  channel: string | null;
  partnerId: string | null;
}

export interface RiskModelSummary {
  horizonDays: number;
  trainedAt: string;
  trainingAccounts: number;
  trainingChurners: number;
  heldOutAccounts: number;
  heldOutAuc: number | null;
  features: { feature: string; coefficient: number }[];
  /**
   * The held-out accounts in ten bands of predicted probability: each band's mean prediction
   * against the share that churned. Absent from results stored before it was computed.
   */
  calibration?: RiskCalibrationBand[];
}

export interface RiskCalibrationBand {
  count: number;
  predicted: number;
  observed: number;
}

/** The accounts a risk list's filters keep: how many, their MRR, and the MRR expected to churn. */
export interface RiskTotals {
  accounts: number;
  mrr: number;
  /** Σ probability × MRR: the MRR expected to be lost within the model's horizon. */
  expectedLoss: number;
}

export interface RiskReport {
  asOf: string;
  model: RiskModelSummary | null;
  accounts: RiskRow[];
}
