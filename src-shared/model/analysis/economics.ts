/**
 * The economics of groups of customers: channels, affiliate partners and the non-referred baseline.
 * Money is in the workspace's base currency; amounts in a currency without a rate are left out and
 * listed, never mixed.
 */

import type { CandidateContact } from './case-studies';
import type { KmPoint, MonthlyChurnPoint } from './retention';
import type { MoneyAssumptions } from './runs';
import type { Tier } from './score';

/** Churn, lifetime and value of one group of customers. */
export interface GroupEconomics {
  /** Paying customers, active or churned. */
  customers: number;
  activeCustomers: number;
  churnedCustomers: number;
  /** The last 24 months of customer churn (DESIGN section 4). */
  monthlyChurn: MonthlyChurnPoint[];
  /** Mean of the last six complete months' churn rates. */
  trailingSixMonthChurn: number | null;
  /** Average MRR of the active customers whose money is known in the base currency. */
  arpa: number | null;
  sbgAlpha: number | null;
  sbgBeta: number | null;
  /** True when the group's sBG was shrunk toward the population (a small group). */
  sbgShrunk: boolean;
  /** Share of the sBG's information that comes from the population (0 = the group's own fit). */
  sbgPopulationWeight: number;
  /** Σ S(t)/(1+d)^t over the first 120 months of the (shrunk) sBG: discounted, restricted expected lifetime. */
  expectedLifetimeMonths: number | null;
  /** Mean discounted expected residual lifetime of the active customers, given their tenure. */
  expectedResidualLifetimeMonths: number | null;
  /** ARPA × gross margin × expected lifetime, per customer. */
  ltvSbg: number | null;
  /** ARPA × gross margin ÷ trailing six-month churn, per customer, for comparison. */
  ltvSimple: number | null;
  medianLifetimeMonths: number | null;
  /** Kaplan–Meier at each month with a churn. */
  retentionCurve: KmPoint[];
}

/** What every channel, partner and baseline row reports besides its churn and lifetime. */
export interface GroupOutcomes extends GroupEconomics {
  /** Net of refunds; estimated from MRR × active months when no payments are imported. */
  realisedRevenue: number;
  realisedRevenueEstimated: boolean;
  /** Customer-success cost allocated to these customers so far. */
  retentionCost: number;
  /** Mean CRC per active account-month over each customer's last 12 months. */
  crcPerAccountMonth: number | null;
  /** Refunded ÷ paid, over the customers' payments; null without payments. */
  refundRate: number | null;
  /** Accounts whose every subscription was cancelled during the trial. */
  inTrialCancellations: number;
  /** Active customers in the Champion or Advocate tier. */
  topAdvocates: number;
  /** Top advocates ÷ customers. */
  advocateRate: number | null;
  /** True NPS over the NPS window from these customers' answers; null without answers. */
  nps: number | null;
  npsResponses: number;
  /**
   * Currencies without a rate that kept customers (and, in a partner row, commissions) out of this
   * group's money figures: ARPA, LTV, revenue, retention cost, refunds, commissions, ROI, payback.
   */
  excludedCurrencies: string[];
  /**
   * Customers whose money is not known in the base currency (some amount of theirs is in a currency
   * without a rate). They count in the customers, churn and retention figures but in no money
   * figure, so every money figure covers the same customers: customers − this many.
   */
  customersLeftOutOfMoney: number;
}

export interface ChannelRow extends GroupOutcomes, MoneyAssumptions {
  channel: string;
  /** Customers ÷ all customers. */
  shareOfCustomers: number;
  /** This channel's sBG LTV ÷ the non-referred baseline's. */
  ltvVersusBaseline: number | null;
  /** Trailing six-month churn ÷ the baseline's. */
  churnVersusBaseline: number | null;
  /** Log-rank p-value of this channel's retention against the baseline's. */
  logRankPVersusBaseline: number | null;
}

export type QualityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'insufficient data';

export interface PartnerRow extends GroupOutcomes, MoneyAssumptions {
  partnerId: string;
  name: string | null;
  type: string | null;
  status: string | null;
  /** Referrals the partner made (leads, sign-ups and customers). */
  leads: number;
  /** Referred accounts that became paying customers. */
  conversions: number;
  conversionRate: number | null;
  /**
   * Commissions paid or owed, net of reversals, in the base currency; those on customers left out of
   * money (`customersLeftOutOfMoney`) are left out too.
   */
  commissionsNet: number;
  commissionsReversed: number;
  /**
   * CRC per account-month × expected lifetime × customers whose money is known: the cost of
   * retaining them over the LTV's lifetime.
   */
  projectedRetentionCost: number | null;
  /** ltvSbg × customers whose money is known: the projected lifetime value of the customers the partner brought. */
  projectedLtvTotal: number | null;
  /** (projected LTV − commissions − projected retention cost) ÷ commissions. */
  roi: number | null;
  /** What happened so far: (realised revenue × margin − commissions − retention cost so far) ÷ commissions. */
  realisedRoi: number | null;
  /** First month (1 = the month of the first payment) when the average customer's gross profit covers commissions and CRC. */
  paybackMonth: number | null;
  advocatesReferred: number;
  qualityGrade: QualityGrade;
  /** The customer value the grade rests on, as a multiple of the baseline's (shrunk); null when not graded. */
  qualityRatio: number | null;
  /** How the grade was reached, in words. */
  gradeReason: string;
  ltvVersusBaseline: number | null;
  churnVersusBaseline: number | null;
  logRankPVersusBaseline: number | null;
}

export interface BaselineRow extends GroupOutcomes, MoneyAssumptions {
  label: string;
}

export interface ChannelReport extends MoneyAssumptions {
  asOf: string;
  /** Customers no partner referred: the baseline every channel and partner is set against. */
  baseline: BaselineRow;
  allCustomers: BaselineRow;
  channels: ChannelRow[];
  /** Every currency left out of some row's money figures (see each row's `excludedCurrencies`). */
  excludedCurrencies: string[];
}

export interface PartnerReport extends MoneyAssumptions {
  asOf: string;
  baseline: BaselineRow;
  partners: PartnerRow[];
  /** Every currency left out of some row's money figures (see each row's `excludedCurrencies`). */
  excludedCurrencies: string[];
}

/** A top advocate who is not a partner yet: someone to invite into the affiliate programme. */
export interface AffiliateRecruit {
  accountId: string;
  name: string | null;
  score: number;
  tier: Tier;
  npsLatest: number | null;
  tenureMonths: number | null;
  mrr: number | null;
  channel: string | null;
  industry: string | null;
  contact: CandidateContact | null;
}

/** The affiliates view: the partner report with the advocates to recruit next. */
export interface AffiliatesOverview extends PartnerReport {
  recruits: AffiliateRecruit[];
}
