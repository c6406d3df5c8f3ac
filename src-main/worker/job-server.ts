import type { MessagePort } from 'node:worker_threads';
import { sharedFlagContext } from './job-context';
import { jobs, type JobName } from './jobs';
import { serializeError, type WorkerMessage, type WorkerRequest } from './protocol';
import type { SideThread } from './side-thread';
import { workerDatabases } from './worker-databases';

/**
 * The analysis worker's loop: runs one job at a time on its own connections, so the thread that
 * owns the window and IPC never waits for SQLite or for the maths.
 */
export function serveJobs(port: MessagePort, side: SideThread | undefined): void {
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
      const job = jobs[request.job as JobName] as (params: unknown, ctx: typeof context) => unknown;
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
