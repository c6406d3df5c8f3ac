import { existsSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { checkMigrationHistory, migrate, readAppliedMigrations } from './migrate';
import { missingSchema } from './schema-check';
import { WorkspaceError } from './workspace-error';
import { nativeBindingOption } from './native-binding';

/** Marks a SQLite file as an Advocate Lab workspace ("ADLB"). */
export const APPLICATION_ID = 0x41444c42;
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface Workspace {
  readonly path: string;
  readonly name: string;
  readonly db: Database.Database;
  readonly schemaVersion: number;
  close(): void;
}

export interface OpenOptions {
  /** Create the file when it does not exist yet. */
  create?: boolean;
}

/**
 * Opens a workspace for writing. Every check runs on a read-only connection first, so a file that is
 * refused (newer, corrupted, someone else's database) is left exactly as it was.
 */
export function openWorkspace(path: string, options: OpenOptions = {}): Workspace {
  const present = existsSync(path);
  if (!present && !options.create) {
    throw new WorkspaceError('not-found', `${path} does not exist.`);
  }
  if (present && statSync(path).size > 0) inspectExistingFile(path);

  let db: Database.Database;
  try {
    db = new Database(path, nativeBindingOption());
  } catch (error) {
    throw new WorkspaceError(
      'read-only',
      `${path} cannot be opened for writing: ${(error as Error).message}`,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const schemaVersion = migrate(db, path);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return { path, name: basename(path), db, schemaVersion, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}

function inspectExistingFile(path: string): void {
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new WorkspaceError(
      'not-a-workspace',
      `${path} is not an Advocate Lab workspace: it is not a SQLite database, or its first page is damaged.`,
    );
  }
  // A read-only connection to a WAL file creates its -wal and -shm files and cannot remove them;
  // a refused file must be left as it was, without them.
  const sideFiles = [`${path}-wal`, `${path}-shm`].filter((side) => !existsSync(side));
  try {
    inspectReadOnly(path);
  } catch (error) {
    for (const side of sideFiles) removeCreatedSideFile(side);
    throw error;
  }
}

/** Removes a -shm, or a -wal that is still empty, that the inspection created. */
function removeCreatedSideFile(side: string): void {
  try {
    if (side.endsWith('-wal') && statSync(side).size > 0) return;
    rmSync(side, { force: true });
  } catch {
    // Already gone.
  }
}

function inspectReadOnly(path: string): void {
  let db: Database.Database;
  try {
    db = new Database(path, { ...nativeBindingOption(), readonly: true, fileMustExist: true });
  } catch (error) {
    throw new WorkspaceError('corrupted', `${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    const applicationId = db.pragma('application_id', { simple: true });
    const applied = readAppliedMigrations(db);
    const hasTables = db
      .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`)
      .get() as {
      n: number;
    };
    if (
      applicationId !== APPLICATION_ID &&
      (applicationId !== 0 || (hasTables.n > 0 && applied.length === 0))
    ) {
      throw new WorkspaceError(
        'not-a-workspace',
        `${path} is a SQLite database from another application, not an Advocate Lab workspace.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new WorkspaceError(
        'corrupted',
        `${path} is damaged (${String(check)}). Open a backup, or a copy a colleague sent; the file was not changed.`,
      );
    }
    checkMigrationHistory(applied, path);
    const missing = missingSchema(db, applied.at(-1)?.version ?? 0);
    if (missing.length > 0) {
      throw new WorkspaceError(
        'corrupted',
        `${path} is damaged: its ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''} ${missing.length === 1 ? 'is' : 'are'} missing. Open a backup, or a copy a colleague sent; the file was not changed.`,
      );
    }
  } catch (error) {
    if (error instanceof WorkspaceError) throw error;
    throw new WorkspaceError(
      'corrupted',
      `${path} is damaged: ${(error as Error).message}. The file was not changed.`,
    );
  } finally {
    db.close();
  }
}

function readHeader(path: string): string {
  const buffer = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1');
}
