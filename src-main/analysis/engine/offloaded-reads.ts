import type Database from 'better-sqlite3';
import type { AccountActivity } from '../load/account-activity';
import {
  readPastFeatures,
  type PastFeatures,
  type PastFeaturesRequest,
} from '../risk/past-features';
import type { AnalysisHooks, Deferred } from './analysis-hooks';

/*
 * Reads an analysis hands to another thread while it goes on, and how it takes them back: a result
 * is used only when it read the same data (same revision, same accounts); a failure there means the
 * read is done here instead, while a cancel here stops the wait.
 */

/**
 * The past snapshot from the other thread when it read the same data; else (no other thread, a
 * failure there, or data that changed in between) read here.
 */
export function takePastFeatures(
  db: Database.Database,
  request: PastFeaturesRequest,
  pending: Deferred<PastFeatures> | undefined,
  hooks: AnalysisHooks,
  revision: number,
  accounts: number,
): PastFeatures {
  // Read in turn, the past snapshot is part of the 'churn risk' step: only a cancel is honoured.
  const readHere = () => readPastFeatures(db, request, () => hooks.throwIfCancelled?.());
  if (!pending) return readHere();
  const past = take(pending, hooks);
  if (past === null) return readHere();
  return past.dataRevision === revision && past.accounts === accounts ? past : readHere();
}

/** The activity read on the other thread when it read the same data; null to read it here. */
export function takeActivity(
  pending: Deferred<AccountActivity>,
  hooks: AnalysisHooks,
  revision: number,
  accounts: number,
): AccountActivity | null {
  const activity = take(pending, hooks);
  return activity !== null && activity.dataRevision === revision && activity.accounts === accounts
    ? activity
    : null;
}

/** Waits for work done elsewhere: null when it failed there; a cancel here is thrown. */
export function take<T>(pending: Deferred<T>, hooks: AnalysisHooks): T | null {
  let cancelled = false;
  try {
    return pending.take(() => {
      try {
        hooks.throwIfCancelled?.();
      } catch (error) {
        cancelled = true;
        throw error;
      }
    });
  } catch (error) {
    if (cancelled) throw error;
    return null;
  }
}
