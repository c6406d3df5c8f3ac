import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../src-main/import/pipeline/inspect-file';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { importOne, useSharedDir } from './support';

describe('the day/month order of a date column', () => {
  const sharedDir = useSharedDir();
  let ws: Workspace;
  let dir = '';
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => ws.close());

  it('is read from the whole column, even when only its last row decides it', () => {
    // 8,000 dates that could be either way, then one that can only be day-first.
    const rows = Array.from(
      { length: 8000 },
      (_, i) => `D${i},Company ${i},${(i % 12) + 1}/${(i % 11) + 1}/2024`,
    );
    const path = join(dir, 'late-decider.csv');
    writeFileSync(path, `account_id,name,signup_date\n${rows.join('\n')}\nLAST,Last,25/03/2024\n`);
    const inspection = inspectFile(ws.db, path, {});
    expect(inspection.problems.map((p) => p.code)).toContain('date-order-open');
    const result = importOne(ws.db, path);
    expect(result.rejected).toBe(0);
    expect(result.notes.map((n) => n.message)).toContain(
      'late-decider.csv: "signup_date" is read as day/month/year, from the whole column.',
    );
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'D1'").pluck().get(),
    ).toBe('2024-02-02');
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'D2'").pluck().get(),
    ).toBe('2024-03-03');
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'D12'").pluck().get(),
    ).toBe('2024-02-01');
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'LAST'").pluck().get(),
    ).toBe('2024-03-25');
  });

  it('says so when no row decides it, and takes the order the analyst gives', () => {
    const path = join(dir, 'ambiguous.csv');
    writeFileSync(path, 'account_id,signup_date\nX1,03.04.2024\nX2,05.06.2024\n');
    const result = importOne(ws.db, path);
    expect(result.notes.find((n) => n.code === 'ambiguous-date-order')?.message).toBe(
      'ambiguous.csv: every date in "signup_date" could be day-first or month-first; they are read as day/month/year. Set the order in the mapping if that is wrong.',
    );
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'X1'").pluck().get(),
    ).toBe('2024-04-03');
    const given = join(dir, 'given.csv');
    writeFileSync(given, 'account_id,signup_date\nY1,03/04/2024\n');
    importOne(ws.db, given, {
      mapping: {
        kind: 'accounts',
        preset: 'custom',
        fields: [
          { field: 'account_id', columns: ['account_id'] },
          { field: 'signup_date', columns: ['signup_date'] },
        ],
        dateOrders: { signup_date: 'dmy' },
      },
    });
    expect(
      ws.db.prepare("SELECT signup_date FROM accounts WHERE account_id = 'Y1'").pluck().get(),
    ).toBe('2024-04-03');
  });

  it('reads spreadsheet serial numbers in a column that holds only them', () => {
    const path = join(dir, 'serials.csv');
    writeFileSync(path, 'account_id,signup_date\nS1,45356\nS2,45400\n');
    const result = importOne(ws.db, path);
    expect(result.notes.map((n) => n.code)).toContain('serial-dates');
    expect(
      ws.db
        .prepare("SELECT signup_date FROM accounts WHERE account_id IN ('S1', 'S2') ORDER BY 1")
        .pluck()
        .all(),
    ).toEqual(['2024-03-05', '2024-04-18']);
  });
});
