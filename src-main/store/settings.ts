import type Database from 'better-sqlite3';

export function readSetting<T>(db: Database.Database, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function writeSetting(db: Database.Database, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

const REVISION_KEY = 'data.revision';

/** A counter that every change to the imported data increments, so results can tell fresh from stale. */
export function dataRevision(db: Database.Database): number {
  return readSetting(db, REVISION_KEY, 0);
}

/** Call inside the transaction that changes the data. */
export function bumpDataRevision(db: Database.Database): number {
  const next = dataRevision(db) + 1;
  writeSetting(db, REVISION_KEY, next);
  return next;
}

export function baseCurrency(db: Database.Database): string {
  return readSetting(db, 'currency.base', 'USD');
}
