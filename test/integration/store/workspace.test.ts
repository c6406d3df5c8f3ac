import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace, APPLICATION_ID } from '../../../src-main/store/workspace';
import { latestSchemaVersion } from '../../../src-main/store/migrate';
import { WorkspaceError } from '../../../src-main/store/workspace-error';
import { useTempDir } from '../../helpers/temp-dir';

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectRefused(path: string, code: string, pattern: RegExp) {
  const before = hashOf(path);
  let caught: unknown;
  try {
    openWorkspace(path).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkspaceError);
  expect((caught as WorkspaceError).code).toBe(code);
  expect((caught as WorkspaceError).message).toMatch(pattern);
  expect(hashOf(path)).toBe(before);
}

describe('workspace store', () => {
  const tempDir = useTempDir();

  it('creates a workspace with WAL, foreign keys, the application id and every migration', () => {
    const path = join(tempDir(), 'w.sqlite');
    const ws = openWorkspace(path, { create: true });
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const versions = ws.db.prepare('SELECT version FROM schema_migrations').pluck().all();
    expect(versions.at(-1)).toBe(latestSchemaVersion());
    expect(ws.schemaVersion).toBe(latestSchemaVersion());
    ws.close();
  });

  it('reopens an existing workspace without re-running migrations', () => {
    const path = join(tempDir(), 'w.sqlite');
    openWorkspace(path, { create: true }).close();
    const ws = openWorkspace(path);
    const count = ws.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get();
    expect(count).toBe(latestSchemaVersion());
    ws.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    expect(() => openWorkspace(join(tempDir(), 'missing.sqlite'))).toThrow(/does not exist/);
  });

  it('refuses a workspace from a newer version and leaves it unchanged', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const ws = openWorkspace(path, { create: true });
    ws.db
      .prepare("INSERT INTO schema_migrations VALUES (?, 'from-the-future', 'x', '2030-01-01')")
      .run(latestSchemaVersion() + 7);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    expectRefused(path, 'too-new', /newer version of Advocate Lab/);
  });

  it('refuses a workspace whose migration history differs', () => {
    const path = join(tempDir(), 'drift.sqlite');
    const ws = openWorkspace(path, { create: true });
    ws.db.prepare("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1").run();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    expectRefused(path, 'out-of-sync', /schema history/);
  });

  it('refuses a file that is not SQLite', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'account_id,name\nA1,Acme\n');
    expectRefused(path, 'not-a-workspace', /not a SQLite database/);
  });

  it("refuses another application's SQLite database", () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    expectRefused(path, 'not-a-workspace', /another application/);
  });

  it('refuses a corrupted workspace with a clear message and leaves it unchanged', () => {
    const path = join(tempDir(), 'corrupt.sqlite');
    const ws = openWorkspace(path, { create: true });
    const insert = ws.db.prepare('INSERT INTO accounts (account_id, name) VALUES (?, ?)');
    ws.db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`A${i}`, `Account number ${i} with a long name`);
    })();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.db.pragma('journal_mode = DELETE');
    ws.close();
    // Overwrite pages in the middle of the file, leaving the header intact.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 6, 0xa5), 0, 4096 * 6, 4096 * 10);
    closeSync(fd);
    expectRefused(path, 'corrupted', /damaged/);
  });
});
