/**
 * SMART goals on the figures the application computes: the catalogue of metrics a goal can follow,
 * a goal as the analyst writes it, and its progress as measured at each analysis. docs/metrics.md
 * ("Goals") defines every metric and the progress arithmetic.
 */

import { tierNames } from './analysis/score';

export const goalMetricIds = [
  'active-customers',
  'mrr',
  'nps',
  'churn-rate',
  'tier-accounts',
  'case-study-candidates',
  'referred-share',
  'partner-roi',
  'coverage-sources',
  'coverage-accounts',
] as const;

export type GoalMetricId = (typeof goalMetricIds)[number];

/**
 * How a metric's values read: a count of accounts, money in the base currency, NPS points
 * (−100 to +100), a share from 0 to 1, or a ratio (ROI: 1.5 is 150%).
 */
export type GoalUnit = 'count' | 'money' | 'nps' | 'share' | 'ratio';

export type GoalDirection = 'up' | 'down';

/** The account attributes a goal can be restricted to. */
export const goalSegmentDimensions = ['channel', 'partner', 'plan', 'industry', 'country'] as const;

export type GoalSegmentDimension = (typeof goalSegmentDimensions)[number];

/** The per-account sources whose reach a coverage goal can follow. */
export const coverageReachSources = [
  'contacts',
  'subscriptions',
  'payments',
  'tickets',
  'surveys',
  'usage',
  'referrals',
] as const;

export interface GoalMetricSpec {
  id: GoalMetricId;
  unit: GoalUnit;
  /** Which way is better; a goal follows it unless it says otherwise. */
  direction: GoalDirection;
  /**
   * `data`: the value at any past date can be computed from the data, so the start value is the
   * value as of the start date. `measurement`: the figure exists only per analysis run, so the
   * start value is the first measurement on or after the start date.
   */
  startFrom: 'data' | 'measurement';
  /** The segment dimensions the metric can be restricted to; empty for none. */
  segments: readonly GoalSegmentDimension[];
  /** The choices of the metric's option (a tier, a source), when it takes one; it then needs one. */
  options: readonly string[];
}

const everyDimension = goalSegmentDimensions;

export const goalMetrics: Record<GoalMetricId, GoalMetricSpec> = {
  'active-customers': {
    id: 'active-customers',
    unit: 'count',
    direction: 'up',
    startFrom: 'data',
    segments: everyDimension,
    options: [],
  },
  mrr: {
    id: 'mrr',
    unit: 'money',
    direction: 'up',
    startFrom: 'data',
    segments: everyDimension,
    options: [],
  },
  nps: {
    id: 'nps',
    unit: 'nps',
    direction: 'up',
    startFrom: 'data',
    segments: everyDimension,
    options: [],
  },
  'churn-rate': {
    id: 'churn-rate',
    unit: 'share',
    direction: 'down',
    startFrom: 'data',
    segments: everyDimension,
    options: [],
  },
  'tier-accounts': {
    id: 'tier-accounts',
    unit: 'count',
    direction: 'up',
    startFrom: 'measurement',
    segments: everyDimension,
    options: tierNames,
  },
  'case-study-candidates': {
    id: 'case-study-candidates',
    unit: 'count',
    direction: 'up',
    startFrom: 'measurement',
    segments: everyDimension,
    options: [],
  },
  'referred-share': {
    id: 'referred-share',
    unit: 'share',
    direction: 'up',
    startFrom: 'data',
    segments: ['channel', 'plan', 'industry', 'country'],
    options: [],
  },
  'partner-roi': {
    id: 'partner-roi',
    unit: 'ratio',
    direction: 'up',
    startFrom: 'measurement',
    segments: ['partner'],
    options: [],
  },
  'coverage-sources': {
    id: 'coverage-sources',
    unit: 'share',
    direction: 'up',
    startFrom: 'measurement',
    segments: [],
    options: [],
  },
  'coverage-accounts': {
    id: 'coverage-accounts',
    unit: 'share',
    direction: 'up',
    startFrom: 'measurement',
    segments: [],
    options: coverageReachSources,
  },
};

export const isGoalMetricId = (value: string): value is GoalMetricId =>
  (goalMetricIds as readonly string[]).includes(value);

export const isGoalSegmentDimension = (value: string): value is GoalSegmentDimension =>
  (goalSegmentDimensions as readonly string[]).includes(value);

export interface GoalSegment {
  dimension: GoalSegmentDimension;
  value: string;
}

/** A goal as the analyst writes it. */
export interface GoalInput {
  name: string;
  metric: GoalMetricId;
  /** The tier of `tier-accounts`, the source of `coverage-accounts`; null for other metrics. */
  metricOption: string | null;
  segment: GoalSegment | null;
  /** In the metric's unit: a share as 0–1, NPS in points, money in the base currency. */
  target: number;
  /** YYYY-MM-DD. */
  start: string;
  /** YYYY-MM-DD, after the start. */
  deadline: string;
  owner: string | null;
  note: string | null;
  /** Null follows the metric's own direction. */
  direction: GoalDirection | null;
}

export interface Goal extends GoalInput {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** One measurement of a goal's metric, taken at an analysis run. */
export interface GoalMeasurement {
  /** When the run started: one measurement per goal and run. */
  recordedAt: string;
  /** The as-of date of the data the run measured. */
  asOf: string;
  value: number | null;
}

export type GoalStatus = 'achieved' | 'on-pace' | 'behind' | 'missed' | 'not-started' | 'no-data';

export interface GoalProgress {
  goal: Goal;
  unit: GoalUnit;
  /** The goal's own direction, or the metric's. */
  direction: GoalDirection;
  /** The base currency of a money goal; null for other units. */
  currency: string | null;
  start: {
    value: number | null;
    /** The date the start value describes: the start date, or the first measurement's as-of date. */
    date: string | null;
    from: 'data' | 'measurement';
  };
  now: { value: number | null; asOf: string | null; recordedAt: string | null };
  /** (now − start) ÷ (target − start), within −1 … 1; null without both values. */
  shareDone: number | null;
  /** Elapsed days ÷ total days from start to deadline, within 0 … 1: where a linear pace would be. */
  expectedShare: number | null;
  elapsedDays: number | null;
  totalDays: number;
  status: GoalStatus;
  /** Currencies without a rate whose amounts a money goal had to leave out at the last measurement. */
  excludedCurrencies: string[];
  measurements: GoalMeasurement[];
}

/** The values a segment dimension takes in the workspace, to choose from in the goal form. */
export interface SegmentChoice {
  value: string;
  /** A display name where it differs from the value (a partner's name for its id). */
  label: string | null;
}
