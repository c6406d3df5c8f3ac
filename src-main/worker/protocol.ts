import type { JobProgressUpdate } from '../job/progress';

/**
 * The messages between the main thread and the analysis worker. Jobs are named, not typed, here:
 * the registry that gives them their types is composed above the worker, by the session.
 */

/** main → worker */
export type WorkerRequest =
  | {
      type: 'run';
      seq: number;
      job: string;
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

/** A job as the worker runs it: a function of its parameters and a context. */
export type JobFunction<Context> = (params: never, context: Context) => unknown;

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
