import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { PendingSideRead, SideRead, SideThreadRunner } from '../job/side-reads';
import type { SerializedError } from './protocol';

/** owner → side thread */
export interface SideTaskRequest {
  /** The side read's name, as the thread's registry knows it. */
  task: string;
  path: string;
  params: unknown;
  /** Where the answer goes, so the owner can read it without returning to its event loop. */
  reply: MessagePort;
  /** Set to 1 by the side thread once the answer is on `reply`. */
  doneFlag: SharedArrayBuffer;
}

/** side thread → owner, on the request's own port */
export type SideTaskReply = { ok: true; value: unknown } | { ok: false; error: SerializedError };

/** The role a worker started as a side thread is told in its `workerData`. */
export const SIDE_ROLE = 'side';

const WAIT_SLICE_MS = 100;

/**
 * A second thread the analysis worker hands independent reads to (the accounts' activity, the churn
 * model's past snapshot) while it computes the rest, so a two-core machine analyses in about the
 * time of the longer of the two. Tasks run in the order they were started. The thread starts on first
 * use and is kept for the next run; the owner blocks only when it needs an answer. Giving up on a
 * task stops the thread, and with it any task queued behind.
 */
export class SideThread implements SideThreadRunner {
  private worker: Worker | undefined;

  constructor(private readonly launch: { script: string; workerData: unknown }) {}

  start<Params, Result>(
    read: SideRead<Params, Result>,
    path: string,
    params: Params,
  ): PendingSideRead<Result> {
    const worker = this.ensureWorker();
    const task = read.name;
    const { port1, port2 } = new MessageChannel();
    const doneFlag = new SharedArrayBuffer(4);
    const request: SideTaskRequest = { task, path, params, reply: port2, doneFlag };
    worker.postMessage(request, [port2]);
    const flag = new Int32Array(doneFlag);
    let settled = false;
    const settle = () => {
      settled = true;
      port1.close();
    };
    return {
      take: (whileWaiting) => {
        if (settled) throw new Error('A side task is taken only once.');
        // A side thread that dies without answering (out of memory) cannot be noticed from this
        // blocked thread; the wait then ends with the caller's cancel, which `whileWaiting` throws.
        // Every other failure there is answered, as an error.
        try {
          while (Atomics.wait(flag, 0, 0, WAIT_SLICE_MS) === 'timed-out') whileWaiting();
        } catch (error) {
          this.close();
          settle();
          throw error;
        }
        const reply = receiveMessageOnPort(port1)?.message as SideTaskReply | undefined;
        settle();
        if (reply === undefined) throw new Error('The side thread finished without an answer.');
        if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
        return reply.value as Result;
      },
      abandon: () => {
        if (settled) return;
        settle();
        this.close();
      },
    };
  }

  /** Stops the side thread; the next task starts a fresh one. */
  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData = { ...(this.launch.workerData as object), role: SIDE_ROLE };
    const worker = new Worker(this.launch.script, { workerData });
    // An idle side thread must never keep the process alive.
    worker.unref();
    worker.on('error', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }
}
