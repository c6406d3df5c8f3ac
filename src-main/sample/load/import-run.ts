import type Database from 'better-sqlite3';
import type { FileSpec } from './file-spec';

export interface FileFacts {
  fileName: string;
  size: number;
  sha256: string;
}

export interface RunCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface RowError {
  row: number;
  reason: string;
}

/** Records one file's import in `import_runs` at its start; `finishImportRun` completes it. */
export function startImportRun(
  db: Database.Database,
  spec: FileSpec,
  facts: FileFacts,
  startedAt: string,
): number {
  const mapping = {
    file: spec.file,
    keys: spec.keys,
    columns: spec.columns,
    mappedHeaders: spec.mapped,
  };
  const result = db
    .prepare(
      `INSERT INTO import_runs (kind, file_name, file_size, file_hash, encoding, delimiter, preset, mapping, started_at)
       VALUES (?, ?, ?, ?, 'utf-8', ',', 'sample', ?, ?)`,
    )
    .run(spec.kind, facts.fileName, facts.size, facts.sha256, JSON.stringify(mapping), startedAt);
  return Number(result.lastInsertRowid);
}

export function finishImportRun(
  db: Database.Database,
  runId: number,
  counts: RunCounts,
  errors: readonly RowError[],
  startedMs: number,
): void {
  const finished = Date.now();
  db.prepare(
    `UPDATE import_runs SET rows_read = ?, rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, rows_rejected = ?,
       errors = ?, finished_at = ?, duration_ms = ? WHERE id = ?`,
  ).run(
    counts.read,
    counts.inserted,
    counts.updated,
    counts.unchanged,
    counts.rejected,
    errors.length > 0 ? JSON.stringify(errors.slice(0, 100)) : null,
    new Date(finished).toISOString(),
    finished - startedMs,
    runId,
  );
}
