import type Database from 'better-sqlite3';
import type { ImportKind, ImportOptions, ImportOutcome } from '../../../src-shared/model/import';
import { basename } from 'node:path';
import { JobCancelledError } from '../../job/cancelled';
import { ImportFatalError } from './import-error';
import { importFile, type ImportControl } from './import-file';
import { prepareFile } from './prepare-file';

export interface FileToImport {
  path: string;
  options?: ImportOptions | undefined;
}

/** Files that others point to go first: accounts before their tickets, subscriptions before usage. */
const kindOrder: readonly ImportKind[] = [
  'accounts',
  'churn_events',
  'contacts',
  'partners',
  'subscriptions',
  'payments',
  'mrr_movements',
  'tickets',
  'surveys',
  'usage',
  'referrals',
  'commissions',
  'cs_costs',
];

function kindOf(db: Database.Database, file: FileToImport): ImportKind | null {
  try {
    const prepared = prepareFile(db, file.path, file.options ?? {});
    prepared.opened.source.close();
    return prepared.mapping?.kind ?? null;
  } catch {
    return null;
  }
}

/**
 * Imports several files, each in its own transaction and recorded as its own run, in the order their
 * references need. A file that cannot be imported is reported and the others go on; a cancel stops
 * the file being imported (rolled back) and the ones after it.
 */
export function importFiles(
  db: Database.Database,
  files: readonly FileToImport[],
  control: ImportControl,
): ImportOutcome[] {
  const ordered = files
    .map((file, index) => ({
      file,
      index,
      rank: kindOrder.indexOf(kindOf(db, file) ?? 'cs_costs'),
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ordered.map(({ file }, i) => {
    const progress: ImportControl['progress'] = (update) =>
      control.progress({ ...update, phase: `import ${i + 1}/${ordered.length}` });
    try {
      return {
        ok: true,
        result: importFile(db, file.path, file.options ?? {}, { ...control, progress }),
      } as const;
    } catch (error) {
      if (error instanceof JobCancelledError) throw error;
      const fileName = basename(file.path);
      if (error instanceof ImportFatalError) {
        return {
          ok: false,
          failure: {
            path: file.path,
            fileName,
            code: error.code,
            message: error.message,
            params: error.params,
            ...(error.location.line === undefined ? {} : { line: error.location.line }),
            ...(error.location.column === undefined ? {} : { column: error.location.column }),
          },
        } as const;
      }
      return {
        ok: false,
        failure: {
          path: file.path,
          fileName,
          code: 'internal',
          message: `${fileName} could not be imported: ${(error as Error).message}. The workspace was not changed.`,
          params: { file: fileName, detail: (error as Error).message },
        },
      } as const;
    }
  });
}
