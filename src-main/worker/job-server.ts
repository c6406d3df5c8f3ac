import type { MessagePort } from 'node:worker_threads';
import type { JobContext } from '../job/context';
import type { SideThreadRunner } from '../job/side-reads';
import {
  serializeError,
  type JobFunction,
  type WorkerMessage,
  type WorkerRequest,
} from './protocol';
import { sharedFlagContext } from './shared-flag-context';
import { workerDatabases } from './worker-databases';

/**
 * The analysis worker's loop: runs one job at a time on its own connections, so the thread that
 * owns the window and IPC never waits for SQLite or for the maths. The jobs are the registry the
 * worker's entry point was given.
 */
export function serveJobs(
  port: MessagePort,
  jobs: Record<string, JobFunction<JobContext>>,
  side: (SideThreadRunner & { close(): void }) | undefined,
): void {
  const databases = workerDatabases();
  const post = (message: WorkerMessage) => port.postMessage(message);
  let queue: Promise<void> = Promise.resolve();

  const runJob = async (request: Extract<WorkerRequest, { type: 'run' }>): Promise<void> => {
    const { seq } = request;
    const context = sharedFlagContext(
      databases,
      request.cancelFlag,
      (progress) => post({ type: 'progress', seq, progress }),
      side,
    );
    try {
      context.throwIfCancelled();
      const job = Object.hasOwn(jobs, request.job)
        ? (jobs[request.job] as (params: unknown, ctx: JobContext) => unknown)
        : undefined;
      if (typeof job !== 'function') throw new Error(`Unknown job: ${String(request.job)}`);
      const value = await job(request.params, context);
      post({ type: 'done', seq, value });
    } catch (error) {
      post({ type: 'failed', seq, error: serializeError(error) });
    }
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'close') {
      void queue.then(() => {
        side?.close();
        databases.closeAll();
        port.close();
      });
      return;
    }
    queue = queue.then(() => runJob(request));
  });
}
