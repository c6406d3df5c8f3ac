import { loadSampleExports } from '../sample/load-sample';
import type { JobContext } from '../worker/job-context';

/** Fills a workspace from the bundled sample exports, in the worker. */
export function loadSampleJob(params: { path: string; dir: string }, context: JobContext) {
  const db = context.databases.writer(params.path);
  return loadSampleExports(db, params.dir, (progress) => {
    context.progress({
      phase: 'sample',
      done: progress.filesDone,
      total: progress.filesTotal,
      unit: 'steps',
    });
  });
}
