import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/store/workspace';
import { cli } from '../../helpers/cli-run';
import { seedTinyCompany } from '../../helpers/seed-workspace';
import { readXlsx } from '../../helpers/xlsx-reader';

const sqliteHeader = 'SQLite format 3\0';

/**
 * Exports from the command line never write over the open workspace or any SQLite file, replace an
 * existing file only with --force, write atomically, and say what is wrong instead of a stack trace.
 */
describe('command line exports and where they write', () => {
  let dir = '';
  let workspace = '';
  const bytes = (path: string) => readFileSync(path);
  const advocates = (...args: string[]) => cli('advocates', '--workspace', workspace, ...args);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-export-cli-'));
    workspace = join(dir, 'w.sqlite');
    const ws = openWorkspace(workspace, { create: true });
    seedTinyCompany(ws.db);
    ws.db.prepare(`UPDATE accounts SET name = '¥1,000 − 5' WHERE account_id = 'A1'`).run();
    ws.close();
    expect((await cli('analyze', '--workspace', workspace)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to write over the open workspace, with --force too, and leaves it intact', async () => {
    const before = bytes(workspace);
    for (const format of ['csv', 'xlsx', 'json', 'text']) {
      for (const force of [[], ['--force']]) {
        const run = await advocates('--format', format, '--out', workspace, ...force);
        expect(run.code).toBe(1);
        expect(run.err).toContain('is the open workspace');
        expect(run.err).not.toContain('    at ');
      }
    }
    expect(bytes(workspace).equals(before)).toBe(true);
    // The same file named another way is still the workspace.
    const run = await advocates('--format', 'csv', '--out', join(dir, '.', 'x', '..', 'w.sqlite'));
    expect(run.code).toBe(1);
    expect(bytes(workspace).subarray(0, 16).toString('latin1')).toBe(sqliteHeader);
    // Nothing half-written is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('refuses to write over any SQLite database, whatever its name', async () => {
    const other = join(dir, 'other-data.csv');
    const ws = openWorkspace(join(dir, 'other.sqlite'), { create: true });
    ws.close();
    writeFileSync(other, bytes(join(dir, 'other.sqlite')));
    const before = bytes(other);
    const run = await advocates('--format', 'csv', '--out', other, '--force');
    expect(run.code).toBe(1);
    expect(run.err).toContain('is a SQLite database');
    expect(bytes(other).equals(before)).toBe(true);
  });

  it('replaces an existing file only with --force, and then atomically', async () => {
    const out = join(dir, 'advocates.csv');
    writeFileSync(out, 'keep me');
    const refused = await advocates('--format', 'csv', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists. Add --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await advocates('--format', 'csv', '--out', out, '--force');
    expect(forced.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeffRank,Account ID,Name')).toBe(true);
    expect(text).toContain('¥1,000 − 5');
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);

    const xlsx = join(dir, 'advocates.xlsx');
    expect((await advocates('--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    expect(readXlsx(xlsx).sheets[0]?.rows[0]?.[1].slice(0, 3)).toEqual([
      'Rank',
      'Account ID',
      'Name',
    ]);
    expect((await advocates('--format', 'xlsx', '--out', xlsx)).code).toBe(1);
    expect((await advocates('--format', 'xlsx', '--out', xlsx, '--force')).code).toBe(0);
  });

  it('says so when the folder does not exist or the target is a folder, without a stack trace', async () => {
    const missing = join(dir, 'no-such-folder', 'advocates.csv');
    const run = await advocates('--format', 'csv', '--out', missing);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `Cannot write advocates.csv: the folder ${join(dir, 'no-such-folder')} does not exist. Create it first, or choose another place.`,
    );
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const intoFolder = await advocates('--format', 'csv', '--out', folder, '--force');
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.err).toContain('is a folder');
  });

  it('says so when the folder named is a file', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    const run = await advocates('--format', 'csv', '--out', join(file, 'a.csv'));
    expect(run.code).toBe(1);
    expect(run.err).toBe(`Cannot write a.csv: ${file} is a file, not a folder.`);
  });

  it('writes ¥1,000 − 5 in Shift_JIS as Excel in Japan writes it', async () => {
    const out = join(dir, 'advocates-sjis.csv');
    const run = await advocates('--format', 'csv', '--out', out, '--encoding', 'shift_jis');
    expect(run.code).toBe(0);
    expect(run.err).not.toContain('cannot hold');
    const file = bytes(out);
    expect(file.includes(Buffer.from('"\x5c1,000 \x81\x7c 5"', 'latin1'))).toBe(true);
    expect(file.subarray(0, 4).toString('latin1')).toBe('Rank');
  });
});
