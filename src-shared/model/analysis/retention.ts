/** MRR movements, Kaplan–Meier curves, shifted-beta-geometric fits and monthly churn. */

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
