/**
 * Commission scenarios (DESIGN section 4): what a commission structure would have cost and earned
 * over the history, and what it is expected to cost and earn over the projection. Money is in the
 * workspace's base currency, rounded to the cent. Projected figures are expectations: survival-
 * weighted and discounted, never promises.
 */

import type { ScenarioFile } from '../scenarios/scenario-file';

export type { ScenarioFile };

/** The built-in scenario: what the commissions table says was earned, net of reversals. */
export const RECORDED_COMMISSIONS = 'Recorded commissions';

/** The figures of a scenario, or of one partner, over the history or the projection. */
export interface ScenarioFigures {
  /** Paying customers whose money counts (history), or active ones projected (projection). */
  customers: number;
  /** paid + pending − clawed back; bonuses are part of it. */
  payout: number;
  /** Commissions and bonuses payable by the end of the period (the as-of date, or the horizon's end). */
  paid: number;
  /** Commissions and bonuses still within their hold at the end of the period. */
  pending: number;
  /** Commissions taken back after they became payable (refunds, early churn). */
  clawedBack: number;
  bonuses: number;
  /** Referred net revenue. */
  revenue: number;
  /** revenue × gross margin − payout − retention cost. */
  netRevenue: number;
  /** (revenue × margin − retention cost − payout) ÷ payout; null when the payout is 0. */
  roi: number | null;
  /** payout ÷ customers; null without customers. */
  costPerCustomer: number | null;
  /** First month (1 = the first payment's) the average customer's gross profit covers its costs. */
  paybackMonth: number | null;
}

/** A scenario's figures against the baseline's: this one's minus the baseline's. */
export interface FigureDelta {
  payout: number;
  netRevenue: number;
  roi: number | null;
  costPerCustomer: number | null;
  paid: number;
  pending: number;
  clawedBack: number;
  bonuses: number;
  revenue: number;
  paybackMonth: number | null;
}

/** The history's delta at the top level, and the projection's beside it. */
export interface ScenarioDelta extends FigureDelta {
  projection: FigureDelta;
}

export interface PartnerScenario {
  partnerId: string;
  name: string | null;
  history: ScenarioFigures;
  projection: ScenarioFigures;
  /** Against the baseline's figures for the same partner (a comparison only). */
  delta?: ScenarioDelta;
}

/** How the history payout spreads over partners; every partner counts, those earning nothing at 0. */
export interface EarningsDistribution {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** The top 10% of partners' share of the payout (at least one partner); null when nothing is paid. */
  top10Share: number | null;
}

/** A partner whose payout moves most against the baseline. */
export interface PayoutMover {
  partnerId: string;
  name: string | null;
  baselinePayout: number;
  payout: number;
  /** History payout minus the baseline's. */
  delta: number;
  /** The same over the projection (expected). */
  projectionDelta: number;
}

export interface ScenarioResult {
  name: string;
  asOf: string;
  currency: string;
  horizonMonths: number;
  history: ScenarioFigures;
  /** Expected values over the horizon. */
  projection: ScenarioFigures;
  earnings: EarningsDistribution;
  partners: PartnerScenario[];
  /** Referred customers whose money is not known in the base currency: in no figure above. */
  customersLeftOutOfMoney: number;
  excludedCurrencies: string[];
  /** Against the baseline (a comparison, every scenario but the baseline). */
  delta?: ScenarioDelta;
  /** The ten partners whose history payout moves most against the baseline. */
  movers?: PayoutMover[];
}

export interface ScenarioComparison {
  baseline: string;
  scenarios: ScenarioResult[];
}

/** Payout by calendar month for the charts; months from `firstProjectedMonth` on are expected. */
export interface PayoutSeries {
  months: string[];
  /** Index in `months` of the first projected month. */
  firstProjectedMonth: number;
  scenarios: { name: string; payout: number[] }[];
}

/** What an evaluation rests on; a saved comparison keeps it to tell when its numbers went stale. */
export interface EvaluationSettings {
  asOf: string;
  currency: string;
  rates: Record<string, number>;
  grossMargin: number;
  discountRate: number;
  crcAllocation: 'equal' | 'tickets';
  crcPerAccountMonth: number | null;
}

export interface EvaluationBasis {
  dataRevision: number;
  settings: EvaluationSettings;
  /** A short hash of `settings`. */
  settingsHash: string;
}

/** A comparison with the series for charts and what it rests on: what the Scenarios view shows. */
export interface ScenarioEvaluation extends ScenarioComparison {
  series: PayoutSeries;
  basis: EvaluationBasis;
  /** Unknown partners named by overrides, an empty baseline … */
  warnings: string[];
  /** Whether the stored analysis the evaluation reads answers for the data as it is now. */
  analysis: { fresh: boolean; reasons: string[] };
}

export interface SavedScenario {
  name: string;
  file: ScenarioFile;
  savedAt: string;
  updatedAt: string;
}

export interface SavedComparisonSummary {
  name: string;
  baseline: string;
  scenarios: string[];
  savedAt: string;
  dataRevision: number;
  settingsHash: string;
}

/** A saved comparison re-evaluated: the fresh numbers, and why they differ from the saved ones. */
export interface OpenedComparison {
  name: string;
  savedAt: string;
  /** True when the data or the settings changed since it was saved. */
  stale: boolean;
  /** Why, in words; empty when the numbers are the saved ones. */
  reasons: string[];
  /** The comparison as saved. */
  saved: ScenarioComparison;
  savedBasis: EvaluationBasis;
  /** The same scenario files evaluated now. */
  current: ScenarioEvaluation;
  /** The scenario files it used, the baseline's included unless built in. */
  files: ScenarioFile[];
}
