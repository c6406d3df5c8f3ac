import type Database from 'better-sqlite3';
import type { SqlValue } from '../convert/sql-value';

export interface PriorEntry {
  rowid: number;
  key: SqlValue[];
  /** The row in the table's column order. */
  row: SqlValue[];
}

/**
 * The rows a run changed, as they were before it, so that the run can be undone. Each is kept as a
 * JSON object by column name, with the run that had written it.
 */
export class PriorRows {
  private readonly insert: Database.Statement;
  private readonly runIndex: number;

  constructor(
    private readonly db: Database.Database,
    private readonly runId: number,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.insert = db.prepare(
      'INSERT INTO import_prior_rows (run_id, table_name, prior_run_id, row) VALUES (?, ?, ?, ?)',
    );
    this.runIndex = columns.indexOf('import_run_id');
  }

  keep(stored: readonly SqlValue[]): void {
    const row = Object.create(null) as Record<string, SqlValue>;
    this.columns.forEach((c, i) => (row[c] = stored[i] ?? null));
    this.insert.run(this.runId, this.table, stored[this.runIndex] ?? null, JSON.stringify(row));
  }

  *entries(): Generator<PriorEntry> {
    const keyColumns = this.db
      .prepare(`SELECT name FROM pragma_table_info('${this.table}') WHERE pk > 0 ORDER BY pk`)
      .pluck()
      .all() as string[];
    const rows = this.db
      .prepare('SELECT rowid, row FROM import_prior_rows WHERE run_id = ? AND table_name = ?')
      .all(this.runId, this.table) as { rowid: number; row: string }[];
    for (const entry of rows) {
      const parsed = JSON.parse(entry.row) as Record<string, SqlValue>;
      yield {
        rowid: entry.rowid,
        key: keyColumns.map((k) => parsed[k] ?? null),
        row: this.columns.map((c) => parsed[c] ?? null),
      };
    }
  }

  forget(rowid: number): void {
    this.db.prepare('DELETE FROM import_prior_rows WHERE rowid = ?').run(rowid);
  }
}
