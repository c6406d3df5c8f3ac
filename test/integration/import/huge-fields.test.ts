import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src-main/import/pipeline/import-files';
import { inspectFile } from '../../../src-main/import/pipeline/inspect-file';
import { MAX_FIELD_CHARS } from '../../../src-main/import/source/record-reader';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { count, importOne, quiet, useSharedDir } from './support';

const header = 'account_id,name,signup_date\n';

/** A field over the per-field limit rejects its row, with its line and column, and is not stored. */
describe('a field over the limit', () => {
  const sharedDir = useSharedDir();
  let dir = '';
  let ws: Workspace;
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => ws.close());

  it('is 1 MiB', () => {
    expect(MAX_FIELD_CHARS).toBe(1024 * 1024);
  });

  it('rejects a row with a 2 MB company name, with its line and column; the other rows import', () => {
    const path = join(dir, 'long-name.csv');
    const name = 'Acme '.repeat((2 * 1024 * 1024) / 5);
    writeFileSync(
      path,
      `${header}A1,First,2024-01-01\nA2,"${name}",2024-01-02\nA3,Third,2024-01-03\n`,
    );
    const result = importOne(ws.db, path);
    expect([result.inserted, result.rejected]).toEqual([2, 1]);
    const [error] = result.errors;
    expect(error).toMatchObject({ line: 3, column: 'name', code: 'field-too-long' });
    expect(error?.reason).toBe(
      'field 2 holds 2,097,150 characters, more than the 1,048,576 a field may hold',
    );
    expect(count(ws.db, "SELECT count(*) FROM accounts WHERE account_id = 'A2'")).toBe(0);
    // The rejected row is kept for the download with an excerpt of the field, not the field.
    const stored = count(ws.db, 'SELECT max(length(raw)) FROM import_issues');
    expect(stored).toBeLessThan(200);
  });

  it('at exactly the limit is read', () => {
    const path = join(dir, 'at-limit.csv');
    const name = 'n'.repeat(MAX_FIELD_CHARS);
    writeFileSync(path, `${header}L1,${name},2024-01-01\n`);
    const result = importOne(ws.db, path);
    expect([result.inserted, result.rejected]).toEqual([1, 0]);
  });

  it('in the header refuses the file with a short message', () => {
    const path = join(dir, 'long-header.csv');
    writeFileSync(path, `account_id,${'h'.repeat(2 * MAX_FIELD_CHARS)}\nA1,x\n`);
    const [outcome] = importFiles(ws.db, [{ path }], quiet);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'record-too-long' } });
    const message = outcome && !outcome.ok ? outcome.failure.message : '';
    expect(message).toBe(
      'long-header.csv: the header on line 1 is too long to read: field 2 holds 2,097,152 characters, more than the 1,048,576 a field may hold.',
    );
  });

  it('quotes at most an excerpt of a header in a message', () => {
    const path = join(dir, 'long-headers.csv');
    const long = 'Q'.repeat(100_000);
    writeFileSync(path, `${long},${long}\nx,y\n`);
    const inspection = inspectFile(ws.db, path, {});
    const longest = Math.max(...inspection.problems.map((p) => p.message.length));
    expect(longest).toBeLessThan(500);
    expect(inspection.problems.map((p) => p.message).join('\n')).toContain(`"${'Q'.repeat(40)}…"`);
  });
});
