import type Database from 'better-sqlite3';
import { dataRevision } from '../../store/settings';
import { readAccountSnapshot, type SnapshotOptions } from '../engine/account-snapshot';
import { activeCustomers, riskFeatureMatrix } from './risk-features';

/** What the churn model's past snapshot is read with: plain data, so it can cross to another thread. */
export type PastFeaturesRequest = Omit<SnapshotOptions, 'step' | 'modelFeaturesOnly'>;

/** The churn model's training inputs: the customers active at the past date and their features. */
export interface PastFeatures {
  asOf: string;
  /** The data revision read, so a caller can tell that both snapshots saw the same data. */
  dataRevision: number;
  /** How many accounts the workspace had: positions are only comparable when it matches. */
  accounts: number;
  /** Positions of the customers active at `asOf`, in account order. */
  rows: Int32Array;
  /** Their raw features, row-major, `RISK_FEATURE_COUNT` per row. */
  x: Float64Array;
}

/**
 * Reads the snapshot the churn model learns from (as-of − horizon) and keeps only what the model
 * needs. Call inside a read transaction. Runs on the analysis thread or, while that thread reads
 * today's snapshot, on a side thread of its own.
 */
export function readPastFeatures(
  db: Database.Database,
  request: PastFeaturesRequest,
  step: (phase: string) => void = () => {},
): PastFeatures {
  const past = readAccountSnapshot(db, { ...request, step, modelFeaturesOnly: true });
  const rows = activeCustomers(past.core);
  return {
    asOf: past.core.asOf,
    dataRevision: dataRevision(db),
    accounts: past.core.n,
    rows,
    x: riskFeatureMatrix(past, rows),
  };
}
