import { Worker } from 'node:worker_threads';
import type { JobName, JobParams, JobResult } from './jobs';
import {
  JobCancelledError,
  type JobProgressUpdate,
  type SerializedError,
  type WorkerMessage,
  type WorkerRequest,
} from './protocol';
import { portableLaunch } from './side-thread';

export interface WorkerLaunch {
  script: string | URL;
  workerData?: Record<string, unknown>;
}

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

/** Where the worker's source lives when running from TypeScript without a build. */
export function sourceWorkerLaunch(): WorkerLaunch {
  return {
    script: new URL('./dev-boot.mjs', import.meta.url),
    workerData: { entry: new URL('./entry.ts', import.meta.url).href },
  };
}

/**
 * The main side of the analysis worker. Jobs queue in order; each can report progress and be
 * cancelled. A worker that dies fails its pending jobs and is replaced on the next request.
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly launch: WorkerLaunch) {}

  run<J extends JobName>(
    job: J,
    params: JobParams<J>,
    options: RunOptions = {},
  ): Promise<JobResult<J>> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new JobCancelledError());
    const worker = this.ensureWorker();
    worker.ref();
    const seq = ++this.seq;
    const cancelFlag = new SharedArrayBuffer(4);
    const onAbort = () => Atomics.store(new Int32Array(cancelFlag), 0, 1);
    signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise<JobResult<J>>((resolve, reject) => {
      this.pending.set(seq, {
        resolve: (value) => resolve(value as JobResult<J>),
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
