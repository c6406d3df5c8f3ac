import type Database from 'better-sqlite3';
import { JobCancelledError } from './cancelled';
import type { JobProgressUpdate } from './progress';
import type { SideThreadRunner } from './side-reads';

/** The connections a job may use. The worker keeps its own; the command line passes its open one. */
export interface JobDatabases {
  /** A read-only connection for analysis. */
  reader(path: string): Database.Database;
  /** A connection that may write, for imports and for writing results back. */
  writer(path: string): Database.Database;
}

/**
 * What a job receives besides its parameters: connections, progress and cooperative cancellation.
 * Domains write their jobs against this alone, so they never depend on where the job runs.
 */
export interface JobContext {
  readonly databases: JobDatabases;
  progress(update: JobProgressUpdate): void;
  /** True once the caller asked to cancel. */
  readonly cancelled: boolean;
  /** Throws when the caller asked to cancel; call it between steps of long work. */
  throwIfCancelled(): void;
  /** A second thread for independent reads, where the job runs in the worker; absent elsewhere. */
  readonly side?: SideThreadRunner;
}

/** Runs a job in the calling thread, on an already open connection (command line, tests). */
export function directContext(
  db: Database.Database,
  onProgress: (update: JobProgressUpdate) => void = () => {},
  signal?: AbortSignal,
  side?: SideThreadRunner,
): JobContext {
  return {
    databases: { reader: () => db, writer: () => db },
    ...(side ? { side } : {}),
    progress: onProgress,
    get cancelled() {
      return signal?.aborted ?? false;
    },
    throwIfCancelled() {
      if (signal?.aborted) throw new JobCancelledError();
    },
  };
}
