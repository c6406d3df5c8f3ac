import type { WorkerLaunch } from '../worker/launch';

/** Where the worker's source lives when running from TypeScript without a build. */
export function sourceWorkerLaunch(): WorkerLaunch {
  return {
    script: new URL('../worker/dev-boot.mjs', import.meta.url),
    workerData: { entry: new URL('./worker-entry.ts', import.meta.url).href },
  };
}
