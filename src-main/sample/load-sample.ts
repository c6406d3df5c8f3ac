import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { SourceKind } from '../../src-shared/model/sources';
import { bumpDataRevision, dataRevision } from '../store/settings';
import type { CsvRow, FileSpec, Lookup } from './load/file-spec';
import { finishImportRun, startImportRun, type RowError, type RunCounts } from './load/import-run';
import { sampleSpecs } from './load/sample-specs';
import { TableWriter } from './load/table-writer';
import { ValueError, type SqlValue } from './load/values';
import type { SampleFileName } from './sample-files';

export interface SampleLoadProgress {
  file: SampleFileName;
  filesDone: number;
  filesTotal: number;
  rowsDone: number;
}

export interface SampleFileLoad extends RunCounts {
  file: SampleFileName;
  kind: SourceKind;
  /** Data rows in the file. */
  rows: number;
  importRunId: number;
  errors: RowError[];
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

/** The bundled sample exports, next to the sources in development and in Node. */
export function defaultSampleDir(): string {
  return fileURLToPath(new URL('../../resources/sample', import.meta.url));
}

const PROGRESS_EVERY = 25_000;

/**
 * Loads the sample's exports into a workspace: each file in its own transaction, upserting by key,
 * with one import run per file. Loading the same files twice changes nothing the second time, and
 * the data revision moves only when something changed. The general import engine replaces this
 * loader; it knows only the sample's own headers.
 */
export function loadSampleExports(
  db: Database.Database,
  dir: string,
  onProgress: (progress: SampleLoadProgress) => void = () => {},
): SampleLoadResult {
  const missing = sampleSpecs.filter((s) => !existsSync(join(dir, s.file))).map((s) => s.file);
  if (missing.length > 0)
    throw new Error(`The sample exports are incomplete in ${dir}: ${missing.join(', ')} missing.`);

  const files: SampleFileLoad[] = [];
  sampleSpecs.forEach((spec, i) => {
    onProgress({ file: spec.file, filesDone: i, filesTotal: sampleSpecs.length, rowsDone: 0 });
    const loaded = db.transaction(() =>
      loadFile(db, spec, join(dir, spec.file), (rowsDone) =>
        onProgress({ file: spec.file, filesDone: i, filesTotal: sampleSpecs.length, rowsDone }),
      ),
    )();
    files.push(loaded);
    onProgress({
      file: spec.file,
      filesDone: i + 1,
      filesTotal: sampleSpecs.length,
      rowsDone: loaded.rows,
    });
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

function loadFile(
  db: Database.Database,
  spec: FileSpec,
  path: string,
  onRows: (rowsDone: number) => void,
): SampleFileLoad {
  const startedMs = Date.now();
  const bytes = readFileSync(path);
  const runId = startImportRun(
    db,
    spec,
    {
      fileName: spec.file,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    new Date(startedMs).toISOString(),
  );
  const writer = new TableWriter(db, spec);
  const lookup = contactLookup(db);
  const counts: RunCounts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  const errors: RowError[] = [];
  const mapped = new Set(spec.mapped);
  const reject = (reason: string) => {
    counts.rejected++;
    errors.push({ row: counts.read, reason });
  };

  let content = bytes.toString('utf8');
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  Papa.parse<CsvRow>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (result) => {
      counts.read++;
      if (counts.read % PROGRESS_EVERY === 0) onRows(counts.read);
      if (result.errors.length > 0) return reject(result.errors.map((e) => e.message).join('; '));
      let values: Record<string, SqlValue>;
      try {
        values = spec.map(result.data, lookup);
      } catch (error) {
        if (error instanceof ValueError) return reject(error.message);
        throw error;
      }
      const missingKey = spec.keys.find((k) => values[k] === null || values[k] === undefined);
      if (missingKey) return reject(`no ${missingKey}`);
      const extra: Record<string, string> = {};
      for (const [header, value] of Object.entries(result.data)) {
        if (!mapped.has(header) && value !== undefined && value.trim() !== '')
          extra[header] = value;
      }
      const outcome = writer.write(values, extra, runId);
      if (outcome === 'unknown')
        return reject(
          `${spec.keys.map((k) => values[k]).join(', ')} is not a known ${spec.kind} row`,
        );
      counts[outcome]++;
    },
  });

  if (counts.inserted + counts.updated > 0) bumpDataRevision(db);
  finishImportRun(db, runId, counts, errors, startedMs);
  return {
    file: spec.file,
    kind: spec.kind,
    rows: counts.read,
    importRunId: runId,
    errors,
    ...counts,
  };
}

function contactLookup(db: Database.Database): Lookup {
  const statement = db
    .prepare(
      'SELECT DISTINCT account_id FROM contacts WHERE email = ? AND account_id IS NOT NULL LIMIT 2',
    )
    .pluck();
  return {
    accountOfEmail(email) {
      const accounts = statement.all(email) as string[];
      return accounts.length === 1 ? (accounts[0] ?? null) : null;
    },
  };
}
