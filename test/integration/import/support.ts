import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importFiles, type FileToImport } from '../../../src-main/import/pipeline/import-files';
import type {
  ImportFileResult,
  ImportOptions,
  ImportOutcome,
} from '../../../src-shared/model/import';

export const datasets = join(import.meta.dirname, '../../fixtures/datasets');
export const ravenstack = (name: string) => join(datasets, 'ravenstack', `ravenstack_${name}.csv`);
export const telco = join(datasets, 'telco', 'WA_Fn-UseC_-Telco-Customer-Churn.csv');
export const importFixtures = join(import.meta.dirname, '../../fixtures/import');

export const quiet = { progress: () => {}, throwIfCancelled: () => {}, today: '2025-01-31' };

export function importAll(
  db: Database.Database,
  files: readonly (string | FileToImport)[],
): ImportOutcome[] {
  return importFiles(
    db,
    files.map((f) => (typeof f === 'string' ? { path: f } : f)),
    quiet,
  );
}

/** Imports one file and returns its result, failing the test with the message when it cannot. */
export function importOne(
  db: Database.Database,
  path: string,
  options: ImportOptions = {},
): ImportFileResult {
  const [outcome] = importFiles(db, [{ path, options }], quiet);
  if (!outcome) throw new Error('no outcome');
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

export const count = (db: Database.Database, sql: string, ...params: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** Every canonical and run table's rows, to compare a workspace before and after. */
export function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all()]),
  );
}

/** One folder for all the tests of a file, removed after the last. */
export function useSharedDir(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-import-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
