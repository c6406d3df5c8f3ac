/**
 * What an analysis run was computed from, whether its results are fresh, and its summary.
 * Money is in the workspace's base currency; amounts in a currency without a rate are left out and
 * listed, never mixed.
 */

import type { RiskModelSummary } from './risk';
import type { SignalName, Tier, TierThresholds } from './score';

/** What the analysis was computed from, so a view can tell fresh results from stale ones. */
export interface AnalysisStamp {
  runId: number;
  asOf: string;
  /** True when the as-of date was given rather than the latest date in the data. */
  asOfFixed: boolean;
  dataRevision: number;
  settingsHash: string;
  profile: string;
  /** True when the profile was asked for by name rather than the active one. */
  profileFixed: boolean;
  startedAt: string;
  durationMs: number;
}

export interface AnalysisFreshness {
  stamp: AnalysisStamp | null;
  dataRevision: number;
  settingsHash: string;
  fresh: boolean;
  /** Why the stored results are stale, in words. Empty when fresh. */
  reasons: string[];
  /** The same reasons as codes, for the window to say in the analyst's language. */
  staleBecause: StaleReason[];
}

/** Why stored results no longer answer for the workspace as it is. */
export type StaleReason =
  | { code: 'not-analysed' }
  | { code: 'data-changed'; analysedRevision: number; revision: number }
  | { code: 'profile-missing'; profile: string }
  | { code: 'profile-changed'; profile: string; active: string }
  | { code: 'settings-changed' };

export interface MoneyAssumptions {
  currency: string;
  /** 0–1; LTV is revenue × gross margin. */
  grossMargin: number;
  /** Annual rate used to discount future months in lifetime values. */
  discountRate: number;
}

export interface AnalysisSummary extends MoneyAssumptions {
  stamp: AnalysisStamp;
  /** What tells a paying customer: payments when imported, else subscriptions, else the accounts. */
  customerBasis: 'payments' | 'subscriptions' | 'accounts';
  /** True when realised revenue is MRR × active months because no payments are imported. */
  revenueEstimated: boolean;
  accounts: number;
  customers: number;
  activeCustomers: number;
  churnedCustomers: number;
  /** Accounts that never paid: leads, trials, cancelled trials. */
  prospects: number;
  mrr: number;
  /** MRR ÷ active customers with a known MRR. */
  arpa: number | null;
  scored: number;
  tiers: Record<Tier, number>;
  tierThresholds: TierThresholds;
  /** Signals left out of every score because they did not vary (or were absent) among active accounts. */
  signalsUnused: SignalName[];
  npsWindowDays: number;
  nps: number | null;
  npsResponses: number;
  trailingChurn: number | null;
  riskModel: RiskModelSummary | null;
  clusters: number;
  excludedCurrencies: string[];
}
