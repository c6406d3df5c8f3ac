import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { migrations as releasedMigrations, type Migration } from './migrations';
import { WorkspaceError } from './workspace-error';

export interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex').slice(0, 16);
}

export function latestSchemaVersion(migrations: readonly Migration[] = releasedMigrations): number {
  return migrations.at(-1)?.version ?? 0;
}

export function readAppliedMigrations(db: Database.Database): AppliedMigration[] {
  const table = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!table) return [];
  return db
    .prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version')
    .all() as AppliedMigration[];
}

/**
 * Refuses a workspace written by a newer application, or one whose history does not match ours,
 * before anything is written to it.
 */
export function checkMigrationHistory(
  applied: readonly AppliedMigration[],
  path: string,
  migrations: readonly Migration[] = releasedMigrations,
): void {
  const latest = latestSchemaVersion(migrations);
  const newest = applied.at(-1)?.version ?? 0;
  if (newest > latest) {
    throw new WorkspaceError(
      'too-new',
      `${path} was saved by a newer version of Advocate Lab (schema ${newest}; this version reads up to ${latest}). Update the application to open it.`,
    );
  }
  for (const record of applied) {
    const known = migrations.find((m) => m.version === record.version);
    if (!known || known.name !== record.name || migrationChecksum(known) !== record.checksum) {
      throw new WorkspaceError(
        'out-of-sync',
        `${path} has a schema history this version does not recognise (step ${record.version} "${record.name}"). It was not changed.`,
      );
    }
  }
}

/** Applies the pending migrations, all in one transaction: a failure leaves the file as it was. */
export function migrate(
  db: Database.Database,
  path: string,
  migrations: readonly Migration[] = releasedMigrations,
): number {
  const applied = readAppliedMigrations(db);
  checkMigrationHistory(applied, path, migrations);
  const current = applied.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const record = () => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      checksum TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const insert = db.prepare(
      'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const migration of pending) {
      db.exec(migration.sql);
      insert.run(
        migration.version,
        migration.name,
        migrationChecksum(migration),
        new Date().toISOString(),
      );
    }
  };
  try {
    db.transaction(record)();
  } catch (error) {
    throw new WorkspaceError(
      'migration-failed',
      `${path} could not be upgraded: ${(error as Error).message}. It was not changed.`,
    );
  }
  return latestSchemaVersion(migrations);
}
