import type { importChannels } from '../../src-shared/ipc/import-channels';
import type { ImportOutcome } from '../../src-shared/model/import';
import { importCatalog } from '../import/catalog';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type ImportChannel = keyof typeof importChannels;

/**
 * The Import view's requests. Reading and writing files runs in the analysis worker; after an
 * import or an undo that changed data, the renderer hears `workspace:changed` with the new data
 * revision, so coverage and figures refresh and cached analysis shows as stale.
 *
 * Files are read only when the analyst chose them in this window (`session.chosenFiles`), checked
 * before anything is read; a run naming one other file is refused as a whole. The engine reads the
 * canonical path that was checked, and answers name each file by the path the renderer sent.
 */
export function importHandlers(session: Session): Handlers<ImportChannel> {
  const path = () => session.current().path;
  const announce = () => session.emit('workspace:changed', session.info());
  const readable = (file: string) => session.chosenFiles.readablePath(file);
  return {
    'import:catalog': () => importCatalog(),
    'import:inspect': async ({ file, options, jobId }) => {
      const checked = await readable(file);
      const inspection = await session.runJob(
        'import-inspect',
        { path: path(), file: checked, options: options ?? {} },
        jobId,
      );
      return { ...inspection, path: file };
    },
    'import:run': async ({ jobId, files }) => {
      const checked = await Promise.all(
        files.map(async (file) => ({ ...file, path: await readable(file.path) })),
      );
      const sent = new Map(checked.map((file, i) => [file.path, files[i]?.path ?? file.path]));
      try {
        const outcomes = await session.runJob(
          'import-files',
          { path: path(), files: checked },
          jobId,
        );
        return outcomes.map((outcome) => asSent(outcome, sent));
      } finally {
        // A cancelled run may still have imported the files before the one it stopped.
        announce();
      }
    },
    'import:runs': () => session.runJob('import-runs', { path: path() }),
    'import:run-detail': ({ runId }) =>
      session.runJob('import-run-detail', { path: path(), runId }),
    'import:undo': async ({ runId, jobId }) => {
      const result = await session.runJob('import-undo', { path: path(), runId }, jobId);
      announce();
      return result;
    },
    'import:rejected-csv': ({ runId }) =>
      session.runJob('import-rejected-csv', { path: path(), runId }),
  };
}

/** An outcome naming its file by the path the renderer sent, which the Import view keys files by. */
function asSent(outcome: ImportOutcome, sent: ReadonlyMap<string, string>): ImportOutcome {
  if (outcome.ok) {
    const path = sent.get(outcome.result.path) ?? outcome.result.path;
    return { ok: true, result: { ...outcome.result, path } };
  }
  const path = sent.get(outcome.failure.path) ?? outcome.failure.path;
  return { ok: false, failure: { ...outcome.failure, path } };
}
