import type Database from 'better-sqlite3';

/**
 * Runs `fill` with the secondary indexes of `tables` set aside, then builds them again from their
 * stored definitions. Building an index once over the finished rows is faster than keeping it in
 * order row by row. Call inside a transaction: readers never see the tables without their indexes.
 */
export function withIndexesRebuilt<T>(
  db: Database.Database,
  tables: readonly string[],
  fill: () => T,
): T {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})
        ORDER BY name`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  const result = fill();
  for (const index of indexes) db.exec(index.sql);
  return result;
}
