import type Database from 'better-sqlite3';
import type { ImportFileResult, ImportMapping } from '../../../src-shared/model/import';
import { kindTable } from '../../../src-shared/model/import';
import type { CsvFileFacts } from '../source/csv-file';

/** Records a run at its start, inside the import's transaction, so its rows can carry its id. */
export function startRun(
  db: Database.Database,
  facts: CsvFileFacts,
  header: readonly string[],
  mapping: ImportMapping,
  startedAt: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO import_runs (kind, file_name, file_path, header, file_size, encoding, delimiter, preset, mapping, started_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      mapping.kind === 'churn_events' ? 'churn_events' : kindTable(mapping.kind),
      facts.fileName,
      facts.path,
      JSON.stringify(header),
      facts.size,
      facts.encoding,
      facts.delimiter,
      mapping.preset,
      JSON.stringify(mapping),
      startedAt,
    );
  return Number(result.lastInsertRowid);
}

/** Completes a run with its counts, the first errors, its notes and the file's hash. */
export function finishRun(
  db: Database.Database,
  runId: number,
  result: ImportFileResult,
  sha256: string,
): void {
  db.prepare(
    `UPDATE import_runs SET file_hash = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?, rows_unchanged = ?,
       rows_merged = ?, rows_rejected = ?, warnings = ?, errors = ?, notes = ?, derived = ?, finished_at = ?, duration_ms = ?
     WHERE id = ?`,
  ).run(
    sha256,
    result.rowsRead,
    result.inserted,
    result.updated,
    result.unchanged,
    result.merged,
    result.rejected,
    result.warnings,
    result.errors.length > 0 ? JSON.stringify(result.errors) : null,
    result.notes.length > 0 ? JSON.stringify(result.notes) : null,
    Object.keys(result.derived).length > 0 ? JSON.stringify(result.derived) : null,
    new Date().toISOString(),
    result.durationMs,
    runId,
  );
}
