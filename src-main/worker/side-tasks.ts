import type Database from 'better-sqlite3';
import {
  readAccountActivity,
  readAccountIds,
  type ActivityRequest,
} from '../analysis/load/account-activity';
import { readPastFeatures, type PastFeaturesRequest } from '../analysis/risk/past-features';

/**
 * Work a job may hand to the side thread while it goes on with its own: each task reads the
 * workspace on the side thread's own read-only connection, inside one read transaction, and returns
 * plain data (typed arrays cross without copying).
 */
export const sideTasks = {
  'account-activity': (db: Database.Database, params: ActivityRequest) =>
    readAccountActivity(db, readAccountIds(db), params),
  'past-risk-features': (db: Database.Database, params: PastFeaturesRequest) =>
    readPastFeatures(db, params),
} satisfies Record<string, (db: Database.Database, params: never) => unknown>;

export type SideTaskName = keyof typeof sideTasks;
export type SideTaskParams<T extends SideTaskName> = Parameters<(typeof sideTasks)[T]>[1];
export type SideTaskResult<T extends SideTaskName> = ReturnType<(typeof sideTasks)[T]>;

/** A task started on the side thread. */
export interface PendingSideTask<R> {
  /**
   * Blocks until the task is done and returns its result. `whileWaiting` is called every 100 ms
   * (to honour a cancel); it may throw. Throws the side thread's error when the task failed.
   */
  take(whileWaiting: () => void): R;
  /** Gives up on a task that will not be taken: the side thread stops and restarts when next needed. */
  abandon(): void;
}

/** What a job sees of the side thread: start a task now, take its result later. */
export interface SideThreadRunner {
  start<T extends SideTaskName>(
    task: T,
    path: string,
    params: SideTaskParams<T>,
  ): PendingSideTask<SideTaskResult<T>>;
}
