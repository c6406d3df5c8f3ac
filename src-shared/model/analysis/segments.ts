/** Rule segments, k-means clusters, the common factors of top advocates and the use cases. */

import type { SignalName } from './score';

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
