import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../../src-main/import/runs/rejected-csv';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { importOne, useSharedDir } from './support';

/**
 * The rejected-rows file exists to be fixed and imported again. Its raw cells must come back as
 * they were read, so that fixing the cells a row was rejected for is all a person has to do.
 */
describe('rejected rows round trip', () => {
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

  it('imports every rejected row once its cells are fixed', () => {
    importOne(
      ws.db,
      file('accounts.csv', 'Customer ID,Company,Industry,Seats\nA1,Acme,Retail,10\nA2,Birch,,5\n'),
    );
    const payments = file(
      'payments.csv',
      [
        'Payment ID,Customer ID,Date,Amount,Currency',
        'P1,A1,2024-01-05,120.00,USD',
        'P2,A1,2024-13-40,-12.50,USD',
        'P3,A2,2024-02-05,+1 eur,USD',
        'P4,A2,someday,=7,USD',
        'P5,A2,2024-03-05,80.00,USD',
        '',
      ].join('\n'),
    );
    const first = importOne(ws.db, payments);
    expect(first).toMatchObject({ inserted: 2, rejected: 3 });

    const rejected = rejectedRowsCsv(ws.db, first.runId);
    expect(rejected.rows).toBe(3);
    // Read back by an independent CSV parser: every raw cell exactly as it was in the file.
    const parsed = Papa.parse<string[]>(rejected.text.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    const [header, ...rows] = parsed;
    expect(header).toEqual([
      'Line',
      'Reason',
      'Column',
      'Payment ID',
      'Customer ID',
      'Date',
      'Amount',
      'Currency',
    ]);
    expect(rows.map((r) => r.slice(3))).toEqual([
      ['P2', 'A1', '2024-13-40', '-12.50', 'USD'],
      ['P3', 'A2', '2024-02-05', '+1 eur', 'USD'],
      ['P4', 'A2', 'someday', '=7', 'USD'],
    ]);

    // Fix the cell each row was rejected for, keep everything else as it came back.
    const fixes: Record<string, string> = {
      'P2 Date': '2024-01-20',
      'P3 Amount': '1.00',
      'P4 Date': '2024-02-20',
      'P4 Amount': '7',
    };
    const fixed = parsed.map((row, i) => {
      if (i === 0) return row;
      return row.map((cell, c) => fixes[`${row[3]} ${header?.[c]}`] ?? cell);
    });
    const second = importOne(ws.db, file('payments-fixed.csv', Papa.unparse(fixed)));
    expect(second).toMatchObject({ inserted: 3, rejected: 0 });
    const amounts = ws.db
      .prepare('SELECT payment_id, amount FROM payments ORDER BY payment_id')
      .raw()
      .all();
    expect(amounts).toEqual([
      ['P1', 120],
      ['P2', -12.5],
      ['P3', 1],
      ['P4', 7],
      ['P5', 80],
    ]);
  });
});
