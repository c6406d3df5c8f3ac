import type Database from 'better-sqlite3';
import type { SqlValue } from '../convert/sql-value';
import { TableUpsert, type RejectHandler } from './table-upsert';

export const movementColumns = [
  'account_id',
  'date',
  'type',
  'mrr_delta',
  'currency',
  'plan_from',
  'plan_to',
];

/**
 * Upgrade and downgrade flags of a subscriptions file, collected while the file is read and turned
 * into MRR movements at the end, when every subscription of the file is stored: the change in MRR
 * is measured against the account's previous subscription. The rows wait in a temporary table, so
 * memory stays bounded.
 */
export class MovementStaging {
  private readonly insert: Database.Statement;
  private staged = 0;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS import_movements (
      account_id TEXT NOT NULL, date TEXT NOT NULL, type TEXT NOT NULL, plan TEXT, mrr REAL, currency TEXT)`);
    db.exec('DELETE FROM temp.import_movements');
    this.insert = db.prepare('INSERT INTO temp.import_movements VALUES (?, ?, ?, ?, ?, ?)');
  }

  add(
    accountId: SqlValue,
    date: SqlValue,
    type: string,
    plan: SqlValue,
    mrr: SqlValue,
    currency: SqlValue,
  ): void {
    if (accountId === null || date === null) return;
    this.insert.run(accountId, String(date).slice(0, 10), type, plan, mrr, currency);
    this.staged++;
  }

  /** Writes the movements; returns their writer (for its counts), or null when the file flagged none. */
  finish(runId: number, onReject: RejectHandler): TableUpsert | null {
    if (this.staged === 0) return null;
    const writer = new TableUpsert(
      this.db,
      'mrr_movements',
      movementColumns,
      runId,
      { kind: 'reject' },
      onReject,
    );
    const previous = `FROM subscriptions s WHERE s.account_id = m.account_id AND s.start_date < m.date
      ORDER BY s.start_date DESC LIMIT 1`;
    const rows = this.db
      .prepare(
        `SELECT m.account_id, m.date, m.type,
           round(total(m.mrr - coalesce((SELECT s.mrr ${previous}), 0)), 2),
           max(m.currency), (SELECT s.plan ${previous}), max(m.plan)
         FROM temp.import_movements m GROUP BY m.account_id, m.date, m.type ORDER BY 1, 2, 3`,
      )
      .raw()
      .all() as SqlValue[][];
    for (const values of rows) writer.add({ values, extra: null, line: 0, raw: [] });
    writer.flush();
    this.db.exec('DELETE FROM temp.import_movements');
    return writer;
  }
}
