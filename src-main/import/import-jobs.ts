import type { ImportOptions } from '../../src-shared/model/import';
import type { JobContext } from '../job/context';
import { importFiles, type FileToImport } from './pipeline/import-files';
import { inspectFile } from './pipeline/inspect-file';
import { rejectedRowsCsv } from './runs/rejected-csv';
import { runDetail } from './runs/run-detail';
import { listRuns } from './runs/run-rows';
import { undoRun } from './runs/undo-run';

/**
 * The import engine's jobs for the analysis worker, so that reading and writing files never runs on
 * the thread that owns the window and IPC. `path` is the workspace.
 */
export const importJobs = {
  'import-inspect': (
    params: { path: string; file: string; options: ImportOptions },
    context: JobContext,
  ) => inspectFile(context.databases.reader(params.path), params.file, params.options),
  'import-files': (params: { path: string; files: FileToImport[] }, context: JobContext) =>
    importFiles(context.databases.writer(params.path), params.files, {
      progress: (update) => context.progress(update),
      throwIfCancelled: () => context.throwIfCancelled(),
    }),
  'import-runs': (params: { path: string }, context: JobContext) =>
    listRuns(context.databases.reader(params.path)),
  'import-run-detail': (params: { path: string; runId: number }, context: JobContext) =>
    runDetail(context.databases.reader(params.path), params.runId),
  'import-undo': (params: { path: string; runId: number }, context: JobContext) =>
    undoRun(context.databases.writer(params.path), params.runId),
  'import-rejected-csv': (params: { path: string; runId: number }, context: JobContext) =>
    rejectedRowsCsv(context.databases.reader(params.path), params.runId),
};
