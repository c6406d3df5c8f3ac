import Database from 'better-sqlite3';
import { migrations as releasedMigrations, type Migration } from './migrations';
import { nativeBindingOption } from './native-binding';

/** Each table a schema version has, with its columns. */
type Schema = Map<string, string[]>;

const schemas = new Map<string, Schema>();

/** The tables and columns that the migrations up to `version` create, built once in memory. */
function expectedSchema(version: number, migrations: readonly Migration[]): Schema {
  const key = `${version}:${migrations.length}`;
  const known = schemas.get(key);
  if (known) return known;
  const db = new Database(':memory:', nativeBindingOption());
  try {
    for (const migration of migrations) if (migration.version <= version) db.exec(migration.sql);
    const schema = schemaOf(db);
    schemas.set(key, schema);
    return schema;
  } finally {
    db.close();
  }
}

function schemaOf(db: Database.Database): Schema {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [
      table,
      (db.pragma(`table_info("${table.replace(/"/g, '""')}")`) as { name: string }[]).map(
        (c) => c.name,
      ),
    ]),
  );
}

/**
 * What a workspace at `version` lacks of the tables and columns its migrations made: a table dropped
 * or a column removed by another tool. Empty when nothing is missing; extra tables are allowed.
 */
export function missingSchema(
  db: Database.Database,
  version: number,
  migrations: readonly Migration[] = releasedMigrations,
): string[] {
  const actual = schemaOf(db);
  const missing: string[] = [];
  for (const [table, columns] of expectedSchema(version, migrations)) {
    const present = actual.get(table);
    if (!present) {
      missing.push(`table ${table}`);
      continue;
    }
    for (const column of columns)
      if (!present.includes(column)) missing.push(`column ${table}.${column}`);
  }
  return missing;
}
