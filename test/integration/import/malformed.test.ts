import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src-main/import/pipeline/import-files';
import { inspectFile } from '../../../src-main/import/pipeline/inspect-file';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import type { ImportOutcome } from '../../../src-shared/model/import';
import { count, importOne, quiet, snapshot, useSharedDir } from './support';

const header = 'account_id,name,signup_date\n';

/** Files that go wrong in the ways real files do, each with what the analyst should be told. */
const corpus: {
  name: string;
  bytes: () => Buffer;
  code: string;
  message: RegExp;
  late?: boolean;
}[] = [
  {
    name: 'empty.csv',
    bytes: () => Buffer.alloc(0),
    code: 'empty',
    message: /^empty\.csv is empty\.$/,
  },
  {
    name: 'blank-lines.csv',
    bytes: () => Buffer.from('\n\n  \n'),
    code: 'empty',
    message: /blank-lines\.csv has no header row/,
  },
  {
    name: 'header-only.csv',
    bytes: () => Buffer.from(header),
    code: 'no-rows',
    message: /header-only\.csv has a header but no rows/,
  },
  {
    name: 'unterminated.csv',
    bytes: () =>
      Buffer.from(`${header}A1,Acme,2024-01-01\nA2,"Birch,2024-01-02\nA3,Cedar,2024-01-03\n`),
    code: 'unterminated-quote',
    message: /unterminated\.csv: the quoted field that opens on line 3 is never closed/,
  },
  {
    name: 'binary.csv',
    bytes: () => Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 2654435761) >>> 24)),
    code: 'not-text',
    message: /binary\.csv is not a text file/,
  },
  {
    name: 'no-key.csv',
    bytes: () => Buffer.from('colour,size\nred,10\nblue,12\n'),
    code: 'unknown-kind',
    message: /no-key\.csv: Advocate Lab cannot tell what this file holds/,
  },
  {
    name: 'bad-utf8.csv',
    bytes: () =>
      Buffer.concat([
        Buffer.from(header + 'A1,Acme,2024-01-01\n'.repeat(15000)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(',x,2024-01-01\n'),
      ]),
    code: 'undecodable',
    // Past the first rows the preview reads: only the import meets it.
    late: true,
    message: /bad-utf8\.csv: line 15002 has bytes that are not valid utf-8/,
  },
  {
    name: 'all-bad-dates.csv',
    bytes: () => Buffer.from(`${header}A1,Acme,someday\nA2,Birch,never\n`),
    code: 'all-rejected',
    message:
      /all-bad-dates\.csv: none of its 2 rows can be imported as a accounts file\. The first, line 2, column "signup_date": "someday" is not a date/,
  },
];

describe('a malformed file gets one clear message and changes nothing', () => {
  const sharedDir = useSharedDir();
  let dir = '';
  let ws: Workspace;
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
    writeFileSync(join(dir, 'good.csv'), `${header}G1,Good,2024-01-01\n`);
    importOne(ws.db, join(dir, 'good.csv'));
  });
  afterAll(() => ws.close());

  it.each(corpus)('$name', ({ name, bytes, code, message, late }) => {
    const path = join(dir, name);
    writeFileSync(path, bytes());
    const before = snapshot(ws.db);
    const [outcome] = importFiles(ws.db, [{ path }], quiet);
    expect(outcome?.ok).toBe(false);
    const failure = (outcome as Extract<ImportOutcome, { ok: false }>).failure;
    expect(failure.code).toBe(code);
    expect(failure.message).toMatch(message);
    expect(snapshot(ws.db)).toEqual(before);
    if (late) return;
    const inspection = inspectFile(ws.db, path, {});
    expect(
      inspection.problems.some((p) => p.severity === 'fatal' || p.severity === 'error'),
      name,
    ).toBe(true);
  });

  it('a missing file', () => {
    const [outcome] = importFiles(ws.db, [{ path: join(dir, 'nowhere.csv') }], quiet);
    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        code: 'not-found',
        message: 'nowhere.csv cannot be read: it does not exist or is not a file.',
      },
    });
  });

  it('a file of the wrong kind', () => {
    writeFileSync(join(dir, 'accounts.csv'), `${header}W1,Wrong,2024-01-01\n`);
    const [outcome] = importFiles(
      ws.db,
      [{ path: join(dir, 'accounts.csv'), options: { kind: 'tickets' } }],
      quiet,
    );
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'no-key' } });
    expect((outcome as Extract<ImportOutcome, { ok: false }>).failure.message).toMatch(
      /^accounts\.csv does not look like a tickets file: no column holds its key, ticket_id/,
    );
  });

  it('rows that are ragged, hold NUL bytes or a stray quote are rejected with their line; the rest import', () => {
    const path = join(dir, 'ragged.csv');
    writeFileSync(
      path,
      `${header}R1,One,2024-01-01\nR2,Two,2024-01-02,extra,cells\nR3,Three\nR4,F\u0000our,2024-01-04\nR5,"say "hi" now",2024-01-05\nR6,Six,2024-01-06,,\n`,
    );
    const result = importOne(ws.db, path);
    expect(result.rowsRead).toBe(6);
    expect(result.inserted).toBe(3);
    expect(result.errors.map((e) => [e.line, e.reason.slice(0, 40)])).toEqual([
      [3, 'the row has 5 fields and the header 3'],
      [5, 'contains NUL bytes: binary data, not tex'],
      [6, 'a quote inside a quoted field is not dou'],
    ]);
    expect(result.notes.map((n) => n.code)).toContain('short-rows');
    expect(
      count(ws.db, "SELECT count(*) FROM accounts WHERE account_id IN ('R1', 'R3', 'R6')"),
    ).toBe(3);
  });

  it('a 10 MB field rejects its row, over the limit of a field; it is not stored', () => {
    const path = join(dir, 'huge-field.csv');
    const huge = 'x'.repeat(10 * 1024 * 1024);
    writeFileSync(path, `${header}H1,"${huge}",2024-01-01\nH2,Small,2024-01-02\n`);
    const result = importOne(ws.db, path);
    expect([result.inserted, result.rejected]).toEqual([1, 1]);
    expect(result.errors[0]).toMatchObject({ line: 2, column: 'name', code: 'field-too-long' });
    expect(count(ws.db, "SELECT count(*) FROM accounts WHERE account_id = 'H1'")).toBe(0);
  });

  it('duplicate headers and a __proto__ header are kept as columns, not as object magic', () => {
    const path = join(dir, 'headers.csv');
    writeFileSync(
      path,
      'account_id,note,note,__proto__,constructor\nP1,first,second,polluted,ctor\n',
    );
    const result = importOne(ws.db, path);
    expect(result.notes.map((n) => n.message)).toContain(
      'headers.csv: the header "note" appears more than once; column 3 is called "note (2)".',
    );
    const extra = ws.db
      .prepare("SELECT extra FROM accounts WHERE account_id = 'P1'")
      .pluck()
      .get() as string;
    expect(extra).toBe(
      '{"note":"first","note (2)":"second","__proto__":"polluted","constructor":"ctor"}',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('duplicate keys in one file: the later row is rejected and says why', () => {
    const path = join(dir, 'dupes.csv');
    writeFileSync(
      path,
      `${header}D1,First,2024-01-01\nD2,Second,2024-01-02\nD1,Again,2024-01-03\n`,
    );
    const result = importOne(ws.db, path);
    expect(result.inserted).toBe(2);
    expect(result.errors).toMatchObject([
      {
        line: 4,
        reason: 'duplicate key: an earlier row of this file has the same account_id (D1)',
      },
    ]);
    expect(ws.db.prepare("SELECT name FROM accounts WHERE account_id = 'D1'").pluck().get()).toBe(
      'First',
    );
  });
});
