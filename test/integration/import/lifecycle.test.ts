import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/pipeline/import-file';
import { importFiles } from '../../../src-main/import/pipeline/import-files';
import { inspectFile } from '../../../src-main/import/pipeline/inspect-file';
import { rejectedRowsCsv } from '../../../src-main/import/runs/rejected-csv';
import { runDetail } from '../../../src-main/import/runs/run-detail';
import { listRuns } from '../../../src-main/import/runs/run-rows';
import { undoRun } from '../../../src-main/import/runs/undo-run';
import { dataRevision } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { JobCancelledError } from '../../../src-main/job/cancelled';
import { count, importOne, quiet, snapshot, useSharedDir } from './support';

describe('import runs: idempotent, in place, undoable', () => {
  const sharedDir = useSharedDir();
  let ws: Workspace;
  let dir = '';
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => ws.close());

  const accounts =
    'Customer ID,Company,Industry,Seats\nA1,Acme,Retail,10\nA2,Birch,,5\nA3,Cedar,Finance,7\n';
  const corrected =
    'Customer ID,Company,Industry,Seats\nA1,Acme Inc.,Retail,10\nA2,Birch,Health,5\nA3,Cedar,Finance,7\nA4,Dune,Retail,2\n';
  let first = 0;
  let second = 0;

  it('records the run with the file, its size and hash, encoding, delimiter, kind, preset and mapping', () => {
    const result = importOne(ws.db, file('accounts.csv', accounts));
    first = result.runId;
    expect(result).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const run = ws.db.prepare('SELECT * FROM import_runs WHERE id = ?').get(first) as Record<
      string,
      unknown
    >;
    expect(run).toMatchObject({
      kind: 'accounts',
      file_name: 'accounts.csv',
      file_size: Buffer.byteLength(accounts),
      file_hash: createHash('sha256').update(accounts).digest('hex'),
      encoding: 'utf-8',
      delimiter: ',',
      preset: 'generic-accounts',
      rows_read: 3,
      rows_inserted: 3,
      status: 'completed',
    });
    expect(JSON.parse(run['mapping'] as string)).toMatchObject({
      kind: 'accounts',
      fields: [
        { field: 'account_id', columns: ['Customer ID'] },
        { field: 'name', columns: ['Company'] },
        { field: 'industry', columns: ['Industry'] },
      ],
    });
    expect(run['duration_ms']).toBeGreaterThanOrEqual(0);
  });

  it('changes nothing, not even the data revision, when the same file comes again', () => {
    const revision = dataRevision(ws.db);
    const before = snapshot(ws.db);
    const again = importOne(ws.db, join(dir, 'accounts.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(dataRevision(ws.db)).toBe(revision);
    const after = snapshot(ws.db);
    expect(after['accounts']).toEqual(before['accounts']);
  });

  it('updates a corrected file in place, and a blank cell never erases a stored value', () => {
    const revision = dataRevision(ws.db);
    const result = importOne(
      ws.db,
      file('accounts-corrected.csv', corrected.replace('A3,Cedar,Finance,7', 'A3,Cedar,,7')),
    );
    second = result.runId;
    expect(result).toMatchObject({ inserted: 1, updated: 2, unchanged: 1 });
    expect(dataRevision(ws.db)).toBe(revision + 1);
    expect(
      ws.db.prepare('SELECT account_id, name, industry FROM accounts ORDER BY 1').raw().all(),
    ).toEqual([
      ['A1', 'Acme Inc.', 'Retail'],
      ['A2', 'Birch', 'Health'],
      ['A3', 'Cedar', 'Finance'],
      ['A4', 'Dune', 'Retail'],
    ]);
  });

  it('undoes the later run, restoring the rows it changed and removing the ones it added', () => {
    const runs = listRuns(ws.db);
    expect(runs.find((r) => r.id === first)?.blockedBy).toEqual([second]);
    expect(() => undoRun(ws.db, first)).toThrow(
      /cannot be undone yet: later runs 3 changed rows it wrote/,
    );
    const revision = dataRevision(ws.db);
    expect(undoRun(ws.db, second)).toEqual({
      runId: second,
      deleted: 1,
      restored: 2,
      dataRevision: revision + 1,
    });
    expect(
      ws.db.prepare('SELECT account_id, name, industry FROM accounts ORDER BY 1').raw().all(),
    ).toEqual([
      ['A1', 'Acme', 'Retail'],
      ['A2', 'Birch', null],
      ['A3', 'Cedar', 'Finance'],
    ]);
    expect(() => undoRun(ws.db, second)).toThrow(/was already undone/);
    expect(undoRun(ws.db, first)).toMatchObject({ deleted: 3, restored: 0 });
    expect(count(ws.db, 'SELECT count(*) FROM accounts')).toBe(0);
    expect(listRuns(ws.db).map((r) => [r.id, r.status])).toEqual([
      [second, 'undone'],
      [2, 'completed'],
      [first, 'undone'],
    ]);
    expect(() => undoRun(ws.db, 999)).toThrow(/There is no import run 999/);
  });

  it('saves the mapping and reuses it for the next file with the same header', () => {
    const path = file('custom.csv', 'No.,Firma\n17850.0,Acme\n');
    const mapping = {
      kind: 'accounts' as const,
      preset: 'custom',
      fields: [
        { field: 'account_id', columns: ['No.'] },
        { field: 'name', columns: ['Firma'] },
      ],
    };
    const result = importOne(ws.db, path, { mapping });
    expect(result.preset).toBe('custom');
    const next = file('custom-2.csv', 'No.,Firma\n17851.0,Birch\n');
    const inspection = inspectFile(ws.db, next, {});
    expect([
      inspection.mappingSource,
      inspection.kind,
      inspection.mapping?.fields.map((f) => f.field),
    ]).toEqual(['saved', 'accounts', ['account_id', 'name']]);
    expect(importOne(ws.db, next)).toMatchObject({ inserted: 1, preset: 'custom' });
    expect(
      ws.db.prepare("SELECT name FROM accounts WHERE account_id = '17851'").pluck().get(),
    ).toBe('Birch');
  });

  it('keeps orphans, flagged as warnings, and gives the rejected rows back as CSV', () => {
    const path = file(
      'tickets.csv',
      'Ticket ID,Account ID,Created,Priority\nT1,17850,2024-01-02,high\nT2,ZZZ,2024-01-03,low\nT3,17850,not a date,low\nT4,17851,=cmd(),low\n',
    );
    const result = importOne(ws.db, path);
    expect(result).toMatchObject({ inserted: 2, rejected: 2, warnings: 1 });
    expect(result.warningSamples).toMatchObject([
      {
        line: 3,
        column: 'Account ID',
        value: 'ZZZ',
        reason: 'unknown account ZZZ: the row is kept and flagged as an orphan',
      },
    ]);
    expect(count(ws.db, "SELECT count(*) FROM tickets WHERE account_id = 'ZZZ'")).toBe(1);
    const csv = rejectedRowsCsv(ws.db, result.runId);
    expect(csv.fileName).toBe('tickets-rejected-rows.csv');
    expect(csv.rows).toBe(2);
    // Raw cells come back as they were read, a formula-like one too: the file is there to be fixed
    // and imported again, not opened as a report.
    expect(csv.text).toBe(
      '\ufeffLine,Reason,Column,Ticket ID,Account ID,Created,Priority\r\n' +
        '4,"""not a date"" is not a date and time (the column is read as month/day/year)",Created,T3,17850,not a date,low\r\n' +
        '5,"""=cmd()"" is not a date and time (the column is read as month/day/year)",Created,T4,17851,=cmd(),low\r\n',
    );
    const detail = runDetail(ws.db, result.runId);
    expect(detail.errors).toHaveLength(2);
    expect(detail.mapping?.kind).toBe('tickets');
  });

  it('leaves the workspace as it was when an import is cancelled', () => {
    const rows = Array.from(
      { length: 100000 },
      (_, i) => `C${i},Company ${i},Retail,${i % 50}`,
    ).join('\n');
    const path = file('big.csv', `Customer ID,Company,Industry,Seats\n${rows}\n`);
    const before = snapshot(ws.db);
    const revision = dataRevision(ws.db);
    let batches = 0;
    expect(() =>
      importFile(
        ws.db,
        path,
        {},
        {
          progress: () => {},
          throwIfCancelled: () => {
            if (++batches === 2) throw new JobCancelledError();
          },
        },
      ),
    ).toThrow(JobCancelledError);
    expect(batches).toBe(2);
    expect(snapshot(ws.db)).toEqual(before);
    expect(dataRevision(ws.db)).toBe(revision);
    expect(() =>
      importFiles(ws.db, [{ path }], {
        ...quiet,
        throwIfCancelled: () => {
          throw new JobCancelledError();
        },
      }),
    ).toThrow(JobCancelledError);
  });
});
