import { fileURLToPath } from 'node:url';

/** How to start the worker: its script, and what it is told at start. */
export interface WorkerLaunch {
  script: string | URL;
  workerData?: Record<string, unknown>;
}

/** A launch as plain data, so a worker can be told how to start another of its kind. */
export function portableLaunch(launch: WorkerLaunch): { script: string; workerData: unknown } {
  const script = launch.script instanceof URL ? fileURLToPath(launch.script) : launch.script;
  return { script, workerData: launch.workerData ?? {} };
}
