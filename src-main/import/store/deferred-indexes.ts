import type Database from 'better-sqlite3';

/** Below this size a file's rows fit the page cache, and indexing them as they come costs little. */
export const BULK_FILE_BYTES = 16 * 1024 * 1024;

/**
 * For a first import of a large file into an empty table: the table's secondary indexes are dropped
 * and built again once all rows are in, which sorts once instead of inserting into each index at a
 * random place per row. Both happen inside the import's transaction, so a crash or cancel restores
 * the indexes with everything else. Returns the function that builds them again.
 */
export function deferIndexes(db: Database.Database, table: string): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`,
    )
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}

export const isEmpty = (db: Database.Database, table: string): boolean =>
  db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
