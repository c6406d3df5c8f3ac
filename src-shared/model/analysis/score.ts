/** The advocate score: its signals, weight profiles, tiers, and each score with its explanation. */

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

/** How scores spread: accounts per band of the score, by tier. */
export interface ScoreDistribution {
  /** The width of each band in score points; bands start at 0. */
  bandWidth: number;
  bands: { from: number; counts: Record<Tier, number> }[];
  total: number;
}
