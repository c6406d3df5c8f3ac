import type { JobName, JobParams, JobResult } from './jobs';

/** main → worker */
export type WorkerRequest =
  | {
      type: 'run';
      seq: number;
      job: JobName;
      params: unknown;
      /** One Int32 the main thread sets to 1 to cancel; the job polls it between steps. */
      cancelFlag: SharedArrayBuffer;
    }
  | { type: 'close' };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

/** worker → main */
export type WorkerMessage =
  | { type: 'progress'; seq: number; progress: JobProgressUpdate }
  | { type: 'done'; seq: number; value: unknown }
  | { type: 'failed'; seq: number; error: SerializedError };

export interface JobProgressUpdate {
  phase: string;
  done: number;
  total: number | null;
  unit: 'bytes' | 'rows' | 'steps';
  /** Rows read so far, when the job reads a file (progress is then in bytes). */
  rows?: number;
  /** What the phase works on, such as the file being imported. */
  detail?: string;
}

export type TypedRun<J extends JobName> = { job: J; params: JobParams<J>; result: JobResult<J> };

export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
  readonly code = 'cancelled';
  constructor() {
    super('Cancelled.');
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(error.stack === undefined ? {} : { stack: error.stack }),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}
