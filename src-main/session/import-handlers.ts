import type { importChannels } from '../../src-shared/ipc/import-channels';
import { importCatalog } from '../import/catalog';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type ImportChannel = keyof typeof importChannels;

/**
 * The Import view's requests. Reading and writing files runs in the analysis worker; after an
 * import or an undo that changed data, the renderer hears `workspace:changed` with the new data
 * revision, so coverage and figures refresh and cached analysis shows as stale.
 */
export function importHandlers(session: Session): Handlers<ImportChannel> {
  const path = () => session.current().path;
  const announce = () => session.emit('workspace:changed', session.info());
  return {
    'import:catalog': () => importCatalog(),
    'import:inspect': ({ file, options, jobId }) =>
      session.runJob('import-inspect', { path: path(), file, options: options ?? {} }, jobId),
    'import:run': async ({ jobId, files }) => {
      try {
        return await session.runJob('import-files', { path: path(), files }, jobId);
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
