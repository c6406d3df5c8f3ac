import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { kindTable } from '../../../src-shared/model/import';
import type { SourceKind } from '../../../src-shared/model/sources';
import { dataRevision } from '../../store/settings';
import { importFiles } from '../pipeline/import-files';
import { sampleFiles, type SampleFileName } from './sample-files';

export interface SampleLoadProgress {
  file: SampleFileName;
  filesDone: number;
  filesTotal: number;
  rowsDone: number;
}

interface RunCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface SampleFileLoad extends RunCounts {
  file: SampleFileName;
  kind: SourceKind;
  /** Data rows in the file. */
  rows: number;
  importRunId: number;
  errors: { row: number; reason: string }[];
}

export interface SampleLoadResult {
  dir: string;
  files: SampleFileLoad[];
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  dataRevision: number;
}

/**
 * Fills a workspace from the bundled sample exports with the import engine, as an analyst's files
 * would be: each file detected (kind, preset, encoding), mapped, validated and upserted in its own
 * transaction, recorded as an undoable run. Loading the files again changes nothing.
 */
export function importSampleExports(
  db: Database.Database,
  dir: string,
  onProgress: (progress: SampleLoadProgress) => void = () => {},
): SampleLoadResult {
  const missing = sampleFiles.filter((s) => !existsSync(join(dir, s.file))).map((s) => s.file);
  if (missing.length > 0)
    throw new Error(`The sample exports are incomplete in ${dir}: ${missing.join(', ')} missing.`);
  const filesTotal = sampleFiles.length;
  const files: SampleFileLoad[] = sampleFiles.map((spec, filesDone) => {
    onProgress({ file: spec.file, filesDone, filesTotal, rowsDone: 0 });
    // One file at a time, in the sample's own order: accounts, then what refers to them.
    const [outcome] = importFiles(db, [{ path: join(dir, spec.file) }], {
      progress: (p) => {
        if ((p.rows ?? 0) > 0)
          onProgress({ file: spec.file, filesDone, filesTotal, rowsDone: p.rows ?? 0 });
      },
      throwIfCancelled: () => {},
    });
    if (!outcome?.ok) throw new Error(outcome?.failure.message ?? `${spec.file} was not imported.`);
    const r = outcome.result;
    onProgress({ file: spec.file, filesDone: filesDone + 1, filesTotal, rowsDone: r.rowsRead });
    return {
      file: spec.file,
      kind: kindTable(r.kind),
      rows: r.rowsRead,
      importRunId: r.runId,
      errors: r.errors.map((e) => ({ row: e.line, reason: e.reason })),
      read: r.rowsRead,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      rejected: r.rejected,
    };
  });
  const sum = (key: keyof RunCounts) => files.reduce((total, f) => total + f[key], 0);
  return {
    dir,
    files,
    inserted: sum('inserted'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    rejected: sum('rejected'),
    dataRevision: dataRevision(db),
  };
}
