import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/store/workspace';
import { WorkspaceError } from '../../../src-main/store/workspace-error';
import { cli } from '../../helpers/cli-run';
import { useTempDir } from '../../helpers/temp-dir';

const digest = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** The error opening the workspace throws; fails the test when it opens. */
function refusal(path: string): WorkspaceError {
  try {
    openWorkspace(path).close();
  } catch (error) {
    if (error instanceof WorkspaceError) return error;
    throw error;
  }
  throw new Error(`${path} opened`);
}

describe('a damaged workspace', () => {
  const tempDir = useTempDir();

  /** A workspace made by the app, then changed by another tool. */
  function damaged(change: string): { dir: string; path: string } {
    const dir = tempDir();
    const path = join(dir, 'w.sqlite');
    openWorkspace(path, { create: true }).close();
    const db = new Database(path);
    db.exec(change);
    db.close();
    return { dir, path };
  }

  it('with a table dropped says it is damaged, names the table, and is left as it was', () => {
    const { dir, path } = damaged('DROP TABLE payments');
    const before = digest(path);
    const error = refusal(path);
    expect(error.code).toBe('corrupted');
    expect(error.message).toBe(
      `${path} is damaged: its table payments is missing. Open a backup, or a copy a colleague sent; the file was not changed.`,
    );
    expect(digest(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['w.sqlite']);
  });

  it('with a column dropped says it is damaged and names the column', () => {
    const { path } = damaged('ALTER TABLE accounts DROP COLUMN industry');
    expect(refusal(path).message).toMatch(/is damaged: its column accounts\.industry is missing/);
  });

  it('on the command line: a message without a stack trace, and an exit code that is not 0', async () => {
    const { path } = damaged('DROP TABLE payments');
    const run = await cli('coverage', '--workspace', path);
    expect(run.code).not.toBe(0);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      `${path} is damaged: its table payments is missing. Open a backup, or a copy a colleague sent; the file was not changed.`,
    );
  });
});

describe('a refused file gets no -wal or -shm beside it', () => {
  const tempDir = useTempDir();

  it.each([
    [
      'a text file',
      (path: string) => writeFileSync(path, 'account_id,name\nA1,Acme\n'),
      'not-a-workspace',
    ],
    [
      "another application's database, in WAL mode",
      (path: string) => {
        const db = new Database(path);
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE notes (body TEXT)');
        db.close();
      },
      'not-a-workspace',
    ],
    [
      'a workspace with damaged pages',
      (path: string) => {
        openWorkspace(path, { create: true }).close();
        const bytes = readFileSync(path);
        bytes.fill(0x55, 4096 * 2, 4096 * 4);
        writeFileSync(path, bytes);
      },
      'corrupted',
    ],
  ])('%s', (_, make, code) => {
    const dir = tempDir();
    const path = join(dir, 'refused.sqlite');
    make(path);
    const before = digest(path);
    expect(refusal(path).code).toBe(code);
    expect(readdirSync(dir)).toEqual(['refused.sqlite']);
    expect(digest(path)).toBe(before);
  });
});
