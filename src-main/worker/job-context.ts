import type Database from 'better-sqlite3';
import { JobCancelledError, type JobProgressUpdate } from './protocol';
import type { SideThreadRunner } from './side-tasks';

/** The connections a job may use. The worker keeps its own; the command line passes its open one. */
export interface JobDatabases {
  /** A read-only connection for analysis. */
  reader(path: string): Database.Database;
  /** A connection that may write, for imports and for writing results back. */
  writer(path: string): Database.Database;
}

/** What a job receives besides its parameters: connections, progress and cooperative cancellation. */
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

/** A context backed by a shared flag, readable while the worker is busy in a synchronous loop. */
export function sharedFlagContext(
  databases: JobDatabases,
  flag: SharedArrayBuffer,
  onProgress: (update: JobProgressUpdate) => void,
  side?: SideThreadRunner,
): JobContext {
  const view = new Int32Array(flag);
  let lastProgressAt = 0;
  return {
    databases,
    ...(side ? { side } : {}),
    progress(update) {
      // Progress is for people: more than twenty updates a second only slows the job down.
      const now = Date.now();
      const finished = update.total !== null && update.done >= update.total;
      if (!finished && now - lastProgressAt < 50) return;
      lastProgressAt = now;
      onProgress(update);
    },
    get cancelled() {
      return Atomics.load(view, 0) === 1;
    },
    throwIfCancelled() {
      if (Atomics.load(view, 0) === 1) throw new JobCancelledError();
    },
  };
}
