import type Database from 'better-sqlite3';

/**
 * A read that a job may hand to a second thread while it goes on with its own work. The domain that
 * owns the read defines it; the thread that runs it finds it by name in the registry it was given.
 * It runs on that thread's own read-only connection, inside one read transaction, and returns plain
 * data (typed arrays cross without copying).
 */
export interface SideRead<Params, Result> {
  readonly name: string;
  read(db: Database.Database, params: Params): Result;
}

/** Defines a side read; its name must be unique among the reads a thread serves. */
export const sideRead = <Params, Result>(
  name: string,
  read: (db: Database.Database, params: Params) => Result,
): SideRead<Params, Result> => ({ name, read });

/** A read started on the side thread. */
export interface PendingSideRead<Result> {
  /**
   * Blocks until the read is done and returns its result. `whileWaiting` is called every 100 ms
   * (to honour a cancel); it may throw. Throws the side thread's error when the read failed.
   */
  take(whileWaiting: () => void): Result;
  /** Gives up on a read that will not be taken: the side thread stops and restarts when next needed. */
  abandon(): void;
}

/** What a job sees of the side thread: start a read now, take its result later. */
export interface SideThreadRunner {
  start<Params, Result>(
    read: SideRead<Params, Result>,
    path: string,
    params: Params,
  ): PendingSideRead<Result>;
}
