import { importSampleExports } from './import-sample';
import type { JobContext } from '../../job/context';

/** Fills a workspace from the bundled sample exports with the import engine, in the worker. */
export function loadSampleJob(params: { path: string; dir: string }, context: JobContext) {
  const db = context.databases.writer(params.path);
  return importSampleExports(db, params.dir, (progress) => {
    context.progress({
      phase: 'sample',
      done: progress.filesDone,
      total: progress.filesTotal,
      unit: 'steps',
    });
  });
}
