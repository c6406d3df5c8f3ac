import type Database from 'better-sqlite3';
import type { FileSpec } from './file-spec';
import type { SqlValue } from './values';

export type WriteOutcome = 'inserted' | 'updated' | 'unchanged' | 'unknown';

type StoredRow = Record<string, SqlValue>;

/**
 * Upserts one file's rows into its canonical table by key. A file writes only its own columns, a
 * blank cell never erases a stored value, and unmapped columns are merged into `extra`: loading the
 * same files again, in the same order, changes nothing. Table and column names come from the
 * mappings, never from a file, so building SQL from them is safe.
 */
export class TableWriter {
  private readonly select: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly update: Database.Statement;
  private readonly columns: readonly string[];

  constructor(
    db: Database.Database,
    private readonly spec: FileSpec,
  ) {
    const table = spec.kind;
    const where = spec.keys.map((k) => `${k} = ?`).join(' AND ');
    this.columns = spec.columns;
    this.select = db.prepare(
      `SELECT ${[...spec.columns, 'extra'].join(', ')} FROM ${table} WHERE ${where}`,
    );
    const all = [...spec.keys, ...spec.columns, 'extra', 'import_run_id'];
    this.insert = db.prepare(
      `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`,
    );
    const set = [...spec.columns, 'extra', 'import_run_id'].map((c) => `${c} = ?`).join(', ');
    this.update = db.prepare(`UPDATE ${table} SET ${set} WHERE ${where}`);
  }

  write(
    values: Readonly<Record<string, SqlValue>>,
    extra: Readonly<Record<string, string>>,
    runId: number,
  ): WriteOutcome {
    const keys = this.spec.keys.map((k) => values[k] ?? null);
    const stored = this.select.get(...keys) as StoredRow | undefined;
    if (!stored) {
      if (this.spec.enrichOnly) return 'unknown';
      const extraJson = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
      this.insert.run(...keys, ...this.columns.map((c) => values[c] ?? null), extraJson, runId);
      return 'inserted';
    }
    const merged = this.columns.map((c) => values[c] ?? stored[c] ?? null);
    const storedExtra =
      typeof stored.extra === 'string' ? (JSON.parse(stored.extra) as Record<string, string>) : {};
    const mergedExtra = { ...storedExtra, ...extra };
    const extraJson = Object.keys(mergedExtra).length > 0 ? JSON.stringify(mergedExtra) : null;
    const same =
      this.columns.every((c, i) => merged[i] === (stored[c] ?? null)) &&
      extraJson === (stored.extra ?? null);
    if (same) return 'unchanged';
    this.update.run(...merged, extraJson, runId, ...keys);
    return 'updated';
  }
}
