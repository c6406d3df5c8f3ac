import { compareKeys } from '../../store/key-order';

/**
 * Walks rows that SQL returned ordered by account_id alongside the sorted account ids, and hands each
 * row to `visit` with its account's position. Rows for unknown accounts (orphans) and rows without an
 * account are skipped and counted. Both sides must be in SQLite's BINARY order (see compareKeys).
 */
export function mergeByAccount<Row>(
  ids: readonly string[],
  rows: Iterable<Row>,
  accountOf: (row: Row) => string | null,
  visit: (index: number, row: Row) => void,
): number {
  let index = 0;
  let skipped = 0;
  for (const row of rows) {
    const id = accountOf(row);
    if (id === null) {
      skipped++;
      continue;
    }
    while (index < ids.length && compareKeys(ids[index] as string, id) < 0) index++;
    if (index < ids.length && ids[index] === id) visit(index, row);
    else skipped++;
  }
  return skipped;
}
