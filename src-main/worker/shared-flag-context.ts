import { JobCancelledError } from '../job/cancelled';
import type { JobContext, JobDatabases } from '../job/context';
import type { JobProgressUpdate } from '../job/progress';
import type { SideThreadRunner } from '../job/side-reads';

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
