import { Worker } from 'node:worker_threads';
import { JobCancelledError } from '../job/cancelled';
import type { JobProgressUpdate } from '../job/progress';
import { portableLaunch, type WorkerLaunch } from './launch';
import type { JobFunction, SerializedError, WorkerMessage, WorkerRequest } from './protocol';

/** The jobs a worker serves, by name; the session composes the registry. */
export type JobMap = Record<string, JobFunction<never>>;
export type JobParamsOf<Jobs extends JobMap, J extends keyof Jobs> = Parameters<Jobs[J]>[0];
export type JobResultOf<Jobs extends JobMap, J extends keyof Jobs> = Awaited<ReturnType<Jobs[J]>>;

export interface RunOptions {
  onProgress?: (progress: JobProgressUpdate) => void;
  signal?: AbortSignal;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: JobProgressUpdate) => void;
}

/** An error from the worker, rebuilt on this side with its name, code and stack. */
export class WorkerJobError extends Error {
  readonly code: string | undefined;
  constructor(serialized: SerializedError) {
    super(serialized.message);
    this.name = serialized.name;
    this.code = serialized.code;
    if (serialized.stack) this.stack = serialized.stack;
  }
}

/**
 * The main side of the analysis worker. Jobs queue in order; each can report progress and be
 * cancelled. A worker that dies fails its pending jobs and is replaced on the next request.
 */
export class AnalysisWorker<Jobs extends JobMap> {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly launch: WorkerLaunch) {}

  run<J extends keyof Jobs & string>(
    job: J,
    params: JobParamsOf<Jobs, J>,
    options: RunOptions = {},
  ): Promise<JobResultOf<Jobs, J>> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new JobCancelledError());
    const worker = this.ensureWorker();
    worker.ref();
    const seq = ++this.seq;
    const cancelFlag = new SharedArrayBuffer(4);
    const onAbort = () => Atomics.store(new Int32Array(cancelFlag), 0, 1);
    signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise<JobResultOf<Jobs, J>>((resolve, reject) => {
      this.pending.set(seq, {
        resolve: (value) => resolve(value as JobResultOf<Jobs, J>),
        reject,
        ...(onProgress ? { onProgress } : {}),
      });
      const request: WorkerRequest = { type: 'run', seq, job, params, cancelFlag };
      worker.postMessage(request);
    }).finally(() => signal?.removeEventListener('abort', onAbort));
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies WorkerRequest);
    const timeout = setTimeout(() => void worker.terminate(), 5_000);
    await exited;
    clearTimeout(timeout);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The worker is told how it was started, so it can start its side thread the same way.
    const workerData = { ...this.launch.workerData, self: portableLaunch(this.launch) };
    const worker = new Worker(this.launch.script, { workerData });
    worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (this.pending.size > 0) {
        this.failAll(new Error(`The analysis worker stopped unexpectedly (exit code ${code}).`));
      }
    });
    // Referenced only while jobs are pending: an idle worker must not keep a process alive.
    this.worker = worker;
    return worker;
  }

  private onMessage(message: WorkerMessage): void {
    const pending = this.pending.get(message.seq);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.seq);
    if (this.pending.size === 0) this.worker?.unref();
    if (message.type === 'done') pending.resolve(message.value);
    else if (message.error.code === 'cancelled') pending.reject(new JobCancelledError());
    else pending.reject(new WorkerJobError(message.error));
  }

  private failAll(error: Error): void {
    for (const [seq, pending] of this.pending) {
      this.pending.delete(seq);
      pending.reject(error);
    }
  }
}
