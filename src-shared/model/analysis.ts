/**
 * The results of the analysis engine (DESIGN section 4), as the command line prints them and the
 * views read them. Money is in the workspace's base currency; amounts in a currency without a rate
 * are left out and listed, never mixed.
 */

/** The signals of the advocate score, in the order explanations list them. */
export const signalNames = [
  'health',
  'nps',
  'csat',
  'usageLevel',
  'usageTrend',
  'expansion',
  'ltv',
  'friction',
  'crc',
] as const;
export type SignalName = (typeof signalNames)[number];

/** Signals where less is better: their percentiles are inverted. */
export const invertedSignals: readonly SignalName[] = ['friction', 'crc'];

export type ScoreWeights = Record<SignalName, number>;

export interface ScoreProfile {
  name: string;
  weights: ScoreWeights;
  /** The built-in profile cannot be deleted; it can be copied under another name. */
  builtIn: boolean;
}

export const tierNames = ['champion', 'advocate', 'neutral', 'at_risk'] as const;
export type Tier = (typeof tierNames)[number];

/** Lowest score of each tier; below `neutral` is At risk. */
export interface TierThresholds {
  champion: number;
  advocate: number;
  neutral: number;
}

export interface SignalContribution {
  signal: SignalName;
  /** The account's own value (NPS score, tickets per month …). */
  value: number;
  /** 0–100 among active accounts, higher is better (inverted signals already turned round). */
  percentile: number;
  /** The profile weight renormalised over the signals this account has; they sum to 1. */
  weight: number;
  /** percentile × weight: the contributions sum to the score. */
  contribution: number;
}

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** One account's metrics at the as-of date. */
export interface AccountMetrics {
  accountId: string;
  name: string | null;
  status: 'active' | 'churned' | 'prospect';
  /** Has paid at least once: a customer rather than a trial or a lead. */
  paying: boolean;
  reactivated: boolean;
  firstPaidStart: string | null;
  churnDate: string | null;
  tenureMonths: number | null;
  mrr: number | null;
  realisedRevenue: number | null;
  /** True when there is no payment history and revenue is MRR × active months. */
  revenueEstimated: boolean;
  expansionCount: number;
  expansionMrr: number;
  contractionCount: number;
  crcPerMonth: number | null;
  retentionCost: number | null;
  npsLatest: number | null;
  npsCategory: NpsCategory | null;
  npsDate: string | null;
  csatShare: number | null;
  csatResponses: number;
  ticketsPerMonth: number | null;
  urgentShare: number | null;
  usageLevel: number | null;
  usageTrend: number | null;
  healthScore: number | null;
  ltv: number | null;
  channel: string | null;
  partnerId: string | null;
  plan: string | null;
  industry: string | null;
  country: string | null;
  useCase: string | null;
  csm: string | null;
  employees: number | null;
  referenceConsent: boolean | null;
  /** The account is an affiliate partner already (matched by id, name, domain or e-mail). */
  isPartner: boolean;
  excludedCurrencies: string[];
  cluster: number | null;
}

export interface AdvocateScore {
  accountId: string;
  score: number;
  tier: Tier;
  /** Share of the profile's total weight carried by the signals this account has (0–1). */
  coverage: number;
  signalsPresent: number;
  contributions: SignalContribution[];
}

export interface AdvocateRow extends AdvocateScore {
  rank: number;
  name: string | null;
  channel: string | null;
  partnerId: string | null;
  plan: string | null;
  industry: string | null;
  mrr: number | null;
  tenureMonths: number | null;
  npsLatest: number | null;
  isPartner: boolean;
}

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
}

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

export const movementTypes = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export type MovementType = (typeof movementTypes)[number];

/** One month of the MRR bridge: how many movements of each type, and the MRR they moved. */
export interface MrrMovementMonth {
  month: string;
  counts: Record<MovementType, number>;
  mrr: Record<MovementType, number>;
}

export interface MrrMovementReport {
  /** 'imported' when mrr_movements has rows, else derived from subscription changes. */
  source: 'imported' | 'derived' | 'none';
  currency: string;
  months: MrrMovementMonth[];
}

export interface KmPoint {
  t: number;
  atRisk: number;
  events: number;
  survival: number;
  /** Greenwood standard error of S(t); null where S(t) = 0. */
  se: number | null;
  /** 95% band on the log scale; null where S(t) = 0. */
  lower: number | null;
  upper: number | null;
}

export interface SbgSummary {
  alpha: number;
  beta: number;
  logLik: number;
  expectedLifetimeMonths: number;
  projectedSurvival: number[];
}

export interface ShrunkSbg {
  alpha: number;
  beta: number;
  /** Weight of the group's own data (0–1); the rest comes from the whole population. */
  weight: number;
  expectedLifetimeMonths: number;
  projectedSurvival: number[];
}

export interface RetentionGroup {
  key: string;
  n: number;
  events: number;
  km: KmPoint[];
  medianMonths: number | null;
  /** The group's own maximum-likelihood fit; null when it has no churn to fit (no MLE exists). */
  sbg: SbgSummary | null;
  /** The fit shrunk toward the whole population, reported when the group is small enough to be shrunk. */
  sbgShrunk: ShrunkSbg | null;
}

export interface LogRank {
  chisq: number;
  df: number;
  p: number;
}

export const retentionGroupings = ['channel', 'partner', 'plan', 'industry', 'cohort'] as const;
export type RetentionGrouping = (typeof retentionGroupings)[number];

export interface RetentionReport {
  asOf: string;
  unit: 'month';
  groups: RetentionGroup[];
  logRank: LogRank | null;
}

export interface MonthlyChurnPoint {
  month: string;
  activeAtStart: number;
  churned: number;
  rate: number | null;
  /** Mean of this and the five previous complete months' rates; null for the partial as-of month. */
  trailingSixMonthAverage: number | null;
  /** The as-of month when the as-of date is not its last day. */
  partial: boolean;
}

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

export const segmentDimensions = [
  'channel',
  'partner',
  'industry',
  'plan',
  'sizeBand',
  'country',
  'useCase',
  'csm',
] as const;
export type SegmentDimension = (typeof segmentDimensions)[number];

export interface SegmentRow {
  /** One value per dimension, e.g. {channel: 'Organic Search', plan: 'Pro'}. */
  dimensions: Partial<Record<SegmentDimension, string>>;
  customers: number;
  activeCustomers: number;
  topAdvocates: number;
  advocateRate: number | null;
  meanScore: number | null;
  churnedShare: number | null;
  mrr: number;
}

export interface ClusterProfile {
  cluster: number;
  size: number;
  label: string;
  /** Mean of each signal's raw value in the cluster, and its standardised mean. */
  signals: { signal: SignalName; mean: number | null; z: number }[];
  meanScore: number | null;
  topAdvocateShare: number;
}

export interface ClusterResult {
  k: number;
  silhouette: number | null;
  seed: number;
  clusters: ClusterProfile[];
}

export interface FactorRow {
  attribute: string;
  value: string;
  /** Among top advocates. */
  withValue: number;
  topAdvocates: number;
  /** Among all customers. */
  populationWithValue: number;
  population: number;
  lift: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  test: 'fisher' | 'chi-square';
  significant: boolean;
}

export interface UseCaseRow extends FactorRow {
  customers: number;
  advocateRate: number | null;
  churnedShare: number | null;
}

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
}

export interface RiskReport {
  asOf: string;
  model: RiskModelSummary | null;
  accounts: RiskRow[];
}

export interface ProofPoints {
  tenureMonths: number | null;
  expansionCount: number;
  expansionMrr: number;
  usageGrowth: number | null;
  npsLatest: number | null;
  useCase: string | null;
}

export interface CandidateContact {
  contactId: string;
  name: string | null;
  email: string | null;
  title: string | null;
  role: string | null;
}

export interface CaseStudyCandidate {
  accountId: string;
  name: string | null;
  score: number;
  tier: Tier;
  contact: CandidateContact;
  otherContacts: number;
  proof: ProofPoints;
  lastAskedAt: string | null;
  channel: string | null;
  industry: string | null;
  plan: string | null;
}

export interface CaseStudyRule {
  name: string;
  minTenureMonths: number;
  minNps: number;
  minScore: number;
  requireChampionContact: boolean;
  /** Accounts asked within this many days are left out. */
  notAskedWithinDays: number;
  /** Accounts that declined within this many days are left out. */
  notDeclinedWithinDays: number;
  excludeConsentRefused: boolean;
  activeOnly: boolean;
}

export const referenceOutcomes = ['pending', 'accepted', 'declined', 'no_response'] as const;
export type ReferenceOutcome = (typeof referenceOutcomes)[number];
export const referenceKinds = ['case_study', 'reference', 'review', 'testimonial'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface ReferenceRequest {
  id: number;
  accountId: string;
  contactId: string | null;
  contactName: string | null;
  kind: ReferenceKind;
  askedAt: string;
  askedBy: string | null;
  outcome: ReferenceOutcome;
  note: string | null;
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
