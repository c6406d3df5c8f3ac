import type Database from 'better-sqlite3';
import type { ImportMapping } from '../../../src-shared/model/import';
import { headerSetKey } from './header-names';

/** The mapping last used for a file with exactly this header, if any. */
export function savedMapping(
  db: Database.Database,
  header: readonly string[],
): ImportMapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE header_key = ?')
    .pluck()
    .get(headerSetKey(header)) as string | undefined;
  if (row === undefined) return null;
  try {
    return JSON.parse(row) as ImportMapping;
  } catch {
    return null;
  }
}

/** Remembers the mapping of a file that was imported, for the next file with the same header. */
export function saveMapping(
  db: Database.Database,
  header: readonly string[],
  mapping: ImportMapping,
): void {
  db.prepare(
    `INSERT INTO import_mappings (header_key, kind, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(header_key) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headerSetKey(header), mapping.kind, JSON.stringify(mapping), new Date().toISOString());
}
