import type Database from 'better-sqlite3';
import type { ImportRunSummary } from '../../../src-shared/model/import';

export interface RunRow {
  id: number;
  kind: string;
  file_name: string;
  file_path: string | null;
  file_size: number | null;
  file_hash: string | null;
  encoding: string | null;
  delimiter: string | null;
  preset: string | null;
  mapping: string | null;
  header: string | null;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_merged: number;
  rows_rejected: number;
  warnings: number;
  notes: string | null;
  derived: string | null;
  started_at: string;
  duration_ms: number | null;
  status: 'completed' | 'undone';
  undone_at: string | null;
}

export const readRun = (db: Database.Database, id: number): RunRow | undefined =>
  db.prepare('SELECT * FROM import_runs WHERE id = ?').get(id) as RunRow | undefined;

/** For each run, the later runs still in force that changed rows it wrote. */
export function blockers(db: Database.Database): Map<number, number[]> {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.prior_run_id, p.run_id FROM import_prior_rows p
       JOIN import_runs r ON r.id = p.run_id
       WHERE r.status = 'completed' AND p.prior_run_id IS NOT NULL AND p.run_id <> p.prior_run_id
       ORDER BY p.prior_run_id, p.run_id`,
    )
    .raw()
    .all() as [number, number][];
  const map = new Map<number, number[]>();
  for (const [run, later] of rows) map.set(run, [...(map.get(run) ?? []), later]);
  return map;
}

export function summaryOf(row: RunRow, blockedBy: number[]): ImportRunSummary {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    fileSize: row.file_size,
    fileHash: row.file_hash,
    encoding: row.encoding,
    delimiter: row.delimiter,
    preset: row.preset,
    rowsRead: row.rows_read,
    inserted: row.rows_inserted,
    updated: row.rows_updated,
    unchanged: row.rows_unchanged,
    merged: row.rows_merged,
    rejected: row.rows_rejected,
    warnings: row.warnings,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    status: row.status,
    undoneAt: row.undone_at,
    undoable: row.status === 'completed' && row.file_path !== null,
    blockedBy: row.status === 'completed' ? blockedBy : [],
  };
}

/** Every import run, the latest first. */
export function listRuns(db: Database.Database): ImportRunSummary[] {
  const blocked = blockers(db);
  const rows = db.prepare('SELECT * FROM import_runs ORDER BY id DESC').all() as RunRow[];
  return rows.map((row) => summaryOf(row, blocked.get(row.id) ?? []));
}
