import type Database from 'better-sqlite3';
import type { SourceKind } from '../../../src-shared/model/sources';
import { keyFields } from '../../../src-shared/model/canonical';
import type { ProblemParams, RowIssueCode, WriteCounts } from '../../../src-shared/model/import';
import type { SqlValue } from '../convert/sql-value';
import { PriorRows } from './prior-rows';

/**
 * What to do when a file holds the same key twice: reject the later row (the default), add a
 * value up (usage from two subscriptions of one account on one day), or keep the latest date (the
 * last of several churn events of an account).
 */
export type Combine = { kind: 'reject' } | { kind: 'sum' | 'latest'; column: string };

export interface PendingRow {
  values: SqlValue[];
  extra: string | null;
  line: number;
  raw: readonly string[];
}

/** Called for a row the table refuses: a duplicate key, or a value the table's constraints reject. */
export type RejectHandler = (
  row: PendingRow,
  reason: string,
  code: RowIssueCode,
  params?: ProblemParams,
) => void;

export interface UpsertCounts extends WriteCounts {
  merged: number;
}

type Stored = SqlValue[];

/** Rows between two looks at how many keys already exist. */
const WINDOW = 1024;

/**
 * Writes rows into one canonical table by key, inside the import's transaction. A key that is new
 * is inserted; one that exists is updated in place when the file says something new about it, and
 * left alone otherwise, so importing the same file twice changes nothing. A blank cell never erases
 * a stored value, and unmapped columns are merged into `extra`. Before a row is changed, the row as
 * it was is kept, so that the run can be undone.
 *
 * While most keys are new (a first import), each row is first offered to an INSERT that does
 * nothing on a key already stored; while most exist (importing a file again), each key is looked
 * up first. Rows go one statement each: measured, that is faster than multi-row INSERT statements,
 * which remain available as a benchmark lever (`batchRows` above 1). Table and column names come
 * from the canonical model, never from a file.
 */
export class TableUpsert {
  readonly counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0, merged: 0 };
  private readonly keyCount: number;
  private readonly tableColumns: string[];
  private readonly storedIndex: number[];
  private readonly extraIndex: number;
  private readonly runIndex: number;
  private readonly select: Database.Statement;
  private readonly insertOne: Database.Statement;
  private readonly insertNew: Database.Statement;
  private readonly update: Database.Statement;
  private readonly restoreRunId: Database.Statement;
  private readonly batchInserts = new Map<number, Database.Statement>();
  private readonly prior: PriorRows;
  private pending: PendingRow[] = [];
  private lookupFirst = false;
  private seen = 0;
  private existing = 0;

  constructor(
    private readonly db: Database.Database,
    readonly table: SourceKind,
    /** The columns this import writes, keys first. */
    readonly columns: readonly string[],
    private readonly runId: number,
    private readonly combine: Combine,
    private readonly onReject: RejectHandler,
    private readonly batchRows = 1,
  ) {
    const keys = keyFields(table);
    this.keyCount = keys.length;
    if (keys.some((k, i) => columns[i] !== k))
      throw new Error(`${table}: the key columns must come first`);
    this.tableColumns = db
      .prepare(`SELECT name FROM pragma_table_info('${table}')`)
      .pluck()
      .all() as string[];
    this.storedIndex = columns.map((c) => this.tableColumns.indexOf(c));
    this.extraIndex = this.tableColumns.indexOf('extra');
    this.runIndex = this.tableColumns.indexOf('import_run_id');
    const where = keys.map((k) => `${k} = ?`).join(' AND ');
    this.select = db.prepare(`SELECT * FROM ${table} WHERE ${where}`).raw();
    const all = [...columns, 'extra', 'import_run_id'];
    const insert = `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`;
    this.insertOne = db.prepare(insert);
    this.insertNew = db.prepare(`${insert} ON CONFLICT DO NOTHING`);
    const set = [...columns.slice(this.keyCount), 'extra', 'import_run_id']
      .map((c) => `${c} = ?`)
      .join(', ');
    this.update = db.prepare(`UPDATE ${table} SET ${set} WHERE ${where}`);
    this.restoreRunId = db.prepare(`UPDATE ${table} SET import_run_id = ? WHERE ${where}`);
    this.prior = new PriorRows(db, runId, table, this.tableColumns);
  }

  add(row: PendingRow): void {
    if (this.batchRows > 1) {
      this.pending.push(row);
      if (this.pending.length >= this.batchRows) this.flush();
      return;
    }
    this.addOne(row);
  }

  flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    if (this.lookupFirst || !this.tryInsertAll(batch)) for (const row of batch) this.addOne(row);
  }

  private addOne(row: PendingRow): void {
    try {
      if (this.lookupFirst) this.writeOne(row);
      else if (this.insertNew.run(...row.values, row.extra, this.runId).changes === 1)
        this.counts.inserted++;
      else this.writeOne(row);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code?.startsWith('SQLITE_CONSTRAINT')) throw error;
      const detail = (error as Error).message;
      this.onReject(row, `the workspace refuses the row: ${detail}`, 'refused', { detail });
    }
    if (++this.seen === WINDOW) {
      this.lookupFirst = this.existing * 2 > WINDOW;
      this.seen = 0;
      this.existing = 0;
    }
  }

  /**
   * Undoes what a file that merged rows made look like changes: a key first overwritten by a partial
   * row and then added up again to what was stored is, in the end, unchanged.
   */
  settleMerged(): void {
    this.flush();
    if (this.combine.kind === 'reject') return;
    for (const entry of this.prior.entries()) {
      const current = this.select.get(...entry.key) as Stored | undefined;
      if (!current || !this.sameRow(current, entry.row)) continue;
      this.restoreRunId.run(entry.row[this.runIndex] ?? null, ...entry.key);
      this.prior.forget(entry.rowid);
      this.counts.updated--;
      this.counts.unchanged++;
    }
  }

  private sameRow(a: Stored, b: Stored): boolean {
    for (let i = 0; i < a.length; i++) if (i !== this.runIndex && a[i] !== b[i]) return false;
    return true;
  }

  private batchInsert(rows: number): Database.Statement {
    let statement = this.batchInserts.get(rows);
    if (!statement) {
      const one = `(${[...this.columns, 'extra', 'import_run_id'].map(() => '?').join(', ')})`;
      statement = this.db.prepare(
        `INSERT INTO ${this.table} (${[...this.columns, 'extra', 'import_run_id'].join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}`,
      );
      if (this.batchInserts.size > 8) this.batchInserts.clear();
      this.batchInserts.set(rows, statement);
    }
    return statement;
  }

  /** One statement for the whole batch; false when a key is already stored (nothing is written then). */
  private tryInsertAll(batch: readonly PendingRow[]): boolean {
    const width = this.columns.length + 2;
    const params = new Array<SqlValue>(batch.length * width);
    let at = 0;
    for (const row of batch) {
      for (const value of row.values) params[at++] = value;
      params[at++] = row.extra;
      params[at++] = this.runId;
    }
    try {
      this.batchInsert(batch.length).run(params);
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return false;
      throw error;
    }
    this.counts.inserted += batch.length;
    return true;
  }

  private keyOf(values: readonly SqlValue[]): SqlValue[] {
    return values.slice(0, this.keyCount);
  }

  private writeOne(row: PendingRow): void {
    const key = this.keyOf(row.values);
    const stored = this.select.get(...key) as Stored | undefined;
    if (stored) this.existing++;
    if (!stored) {
      this.insertOne.run(...row.values, row.extra, this.runId);
      this.counts.inserted++;
      return;
    }
    if (stored[this.runIndex] === this.runId) {
      this.mergeWithinFile(row, stored, key);
      return;
    }
    const merged = this.mergedValues(row.values, stored);
    const extra = mergeExtra(stored[this.extraIndex] ?? null, row.extra);
    if (this.unchanged(merged, stored, extra)) {
      if (this.combine.kind === 'reject') {
        this.counts.unchanged++;
        return;
      }
      // A key that later rows of the file may combine with is claimed for this run even when its
      // first row changes nothing, so that those rows combine with it rather than replace it;
      // `settleMerged` hands back the keys that end as they were.
      this.prior.keep(stored);
      this.restoreRunId.run(this.runId, ...key);
      this.counts.updated++;
      return;
    }
    this.prior.keep(stored);
    this.update.run(...merged.slice(this.keyCount), extra, this.runId, ...key);
    this.counts.updated++;
  }

  /** A key this file already wrote: combined as the kind says, or rejected as a duplicate. */
  private mergeWithinFile(row: PendingRow, stored: Stored, key: SqlValue[]): void {
    const combine = this.combine;
    if (combine.kind === 'reject') {
      const keyText = key.map(String).join(', ');
      this.onReject(
        row,
        `duplicate key: an earlier row of this file has the same ${keyFields(this.table).join(', ')} (${keyText})`,
        'duplicate-key',
        { fields: keyFields(this.table).join(', '), key: keyText },
      );
      return;
    }
    const position = this.columns.indexOf(combine.column);
    const storedValue = stored[this.storedIndex[position] ?? -1] ?? null;
    const incoming = row.values[position] ?? null;
    let values: SqlValue[];
    if (combine.kind === 'sum') {
      values = this.mergedValues(row.values, stored);
      values[position] =
        storedValue === null && incoming === null
          ? null
          : Number(storedValue ?? 0) + Number(incoming ?? 0);
    } else {
      const later =
        incoming !== null && (storedValue === null || String(incoming) > String(storedValue));
      if (!later) {
        this.counts.merged++;
        return;
      }
      values = this.mergedValues(row.values, stored);
    }
    const extra = mergeExtra(stored[this.extraIndex] ?? null, row.extra);
    this.update.run(...values.slice(this.keyCount), extra, this.runId, ...key);
    this.counts.merged++;
  }

  private mergedValues(incoming: readonly SqlValue[], stored: Stored): SqlValue[] {
    const merged = new Array<SqlValue>(incoming.length);
    for (let i = 0; i < incoming.length; i++) {
      const value = incoming[i] ?? null;
      merged[i] = value === null ? (stored[this.storedIndex[i] ?? -1] ?? null) : value;
    }
    return merged;
  }

  private unchanged(merged: readonly SqlValue[], stored: Stored, extra: string | null): boolean {
    for (let i = this.keyCount; i < merged.length; i++) {
      if (merged[i] !== (stored[this.storedIndex[i] ?? -1] ?? null)) return false;
    }
    return extra === (stored[this.extraIndex] ?? null);
  }
}

/** The stored unmapped columns with the file's on top; the stored text when the file adds nothing new. */
export function mergeExtra(stored: SqlValue, incoming: string | null): string | null {
  if (incoming === null) return typeof stored === 'string' ? stored : null;
  if (typeof stored !== 'string') return incoming;
  if (stored === incoming) return stored;
  let base: Record<string, unknown>;
  try {
    base = Object.assign(
      Object.create(null) as Record<string, unknown>,
      JSON.parse(stored) as Record<string, unknown>,
    );
  } catch {
    return incoming;
  }
  Object.assign(base, JSON.parse(incoming) as Record<string, unknown>);
  return JSON.stringify(base);
}
