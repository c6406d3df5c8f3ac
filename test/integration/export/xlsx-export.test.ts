import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError } from '../../../src-main/export/export-error';
import type { CellValue, ExportTable } from '../../../src-main/export/table';
import { writeExport } from '../../../src-main/export/write-export';
import { excelLimits } from '../../../src-main/export/xlsx-sheet';
import { readXlsx, type ReadCell } from '../../helpers/xlsx-reader';

const rules = { replace: false, protect: [] };

/** Rows made one at a time, so the writer streams them without an array behind them. */
function* generated(count: number): Generator<CellValue[]> {
  for (let i = 1; i <= count; i++)
    yield [`A${i}`, i % 7 === 0 ? null : i * 1.5, i % 2 === 0, `名前 ${i} <&>`];
}

describe('XLSX export, opened by a second reader', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-xlsx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every cell so that another reader gets the same values, with deflated entries', async () => {
    const table: ExportTable = {
      name: 'Advocates',
      headers: ['Account', 'Score', 'Partner', 'Name'],
      rows: [
        ['C1', 71.5, true, '=HYPERLINK("http://x.test")'],
        ['C2', -3, false, 'a "quoted", text\nline'],
        ['C3', null, null, '株式会社テスト\u0001'],
        ['C4', 0, true, '¥1,000 − 5'],
        ['C5', 1e21, false, '  two  spaces kept  '],
      ],
    };
    const path = join(dir, 'advocates.xlsx');
    const written = await writeExport(table, 'xlsx', path, rules);
    expect(written.rows).toBe(5);
    const book = readXlsx(path);
    expect(book.bad).toBeNull();
    expect(book.entries.map(([name]) => name)).toContain('xl/worksheets/sheet1.xml');
    expect(book.entries.every(([, method]) => method === 8)).toBe(true);
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]?.name).toBe('Advocates');
    expect(book.sheets[0]?.rows).toEqual([
      [1, ['Account', 'Score', 'Partner', 'Name']],
      [2, ['C1', 71.5, true, `'=HYPERLINK("http://x.test")`]],
      [3, ['C2', -3, false, 'a "quoted", text\nline']],
      // An empty cell is left out; a character XML cannot hold is dropped.
      [4, ['C3', null, null, '株式会社テスト']],
      [5, ['C4', 0, true, '¥1,000 − 5']],
      [6, ['C5', 1e21, false, '  two  spaces kept  ']],
    ]);
  });

  it('streams a table of many rows and another reader counts and reads them all', async () => {
    const path = join(dir, 'many.xlsx');
    const count = 30_000;
    await writeExport(
      { name: 'Many', headers: ['ID', 'Value', 'Even', 'Name'], rows: generated(count) },
      'xlsx',
      path,
      rules,
    );
    const book = readXlsx(path);
    expect(book.bad).toBeNull();
    const rows = book.sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(count + 1);
    const expected = [...generated(count)].map((r, i): [number, ReadCell[]] => [
      i + 2,
      r[1] === null ? [r[0] as string, null, r[2] as boolean, r[3] as string] : r,
    ]);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('writes ZIP64 records when sizes or offsets need them, and another reader follows them', async () => {
    const path = join(dir, 'zip64.xlsx');
    await writeExport(
      { name: 'Many', headers: ['ID', 'Value', 'Even', 'Name'], rows: generated(500) },
      'xlsx',
      path,
      { ...rules, xlsx: { zip64From: 0 } },
    );
    const book = readXlsx(path);
    expect(book.bad).toBeNull();
    expect(book.sheets[0]?.count).toBe(501);
    expect(book.sheets[0]?.rows[500]).toEqual([501, ['A500', 750, true, '名前 500 <&>']]);
  });

  it("keeps Excel's limits of 1,048,576 rows and 16,384 columns a sheet", () => {
    expect(excelLimits).toEqual({ rows: 1_048_576, columns: 16_384 });
  });

  it('refuses a table with more rows than a sheet holds, and leaves no file behind', async () => {
    const limits = { rows: 11, columns: 10 };
    const path = join(dir, 'too-long.xlsx');
    const table = (rows: number): ExportTable => ({
      name: 'Advocates',
      headers: ['ID', 'Value', 'Even', 'Name'],
      rows: generated(rows),
    });
    // Ten rows of data and the header fit in eleven rows.
    await writeExport(table(10), 'xlsx', path, { ...rules, xlsx: { limits } });
    expect(readXlsx(path).sheets[0]?.count).toBe(11);
    rmSync(path);
    const refused = writeExport(table(11), 'xlsx', path, { ...rules, xlsx: { limits } });
    await expect(refused).rejects.toThrow(ExportError);
    await expect(
      writeExport(table(11), 'xlsx', path, { ...rules, xlsx: { limits } }),
    ).rejects.toThrow(
      '"Advocates" has more rows than an Excel sheet holds (11 rows, the header included, so 10 rows of data). Export it as CSV',
    );
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('too-long'))).toEqual([]);
  });

  it('refuses a table beyond the real limits with a message naming them, before writing a row', async () => {
    const row: CellValue[] = ['x'];
    const tall: ExportTable = {
      name: 'Tall',
      headers: ['x'],
      rows: new Array<CellValue[]>(excelLimits.rows).fill(row),
    };
    const path = join(dir, 'tall.xlsx');
    await expect(writeExport(tall, 'xlsx', path, rules)).rejects.toThrow(
      '(1,048,576 rows, the header included, so 1,048,575 rows of data)',
    );
    const wide: ExportTable = {
      name: 'Wide',
      headers: Array.from({ length: excelLimits.columns + 1 }, (_, i) => `c${i}`),
      rows: [],
    };
    await expect(writeExport(wide, 'xlsx', path, rules)).rejects.toThrow(
      '"Wide" has 16,385 columns; an Excel sheet holds at most 16,384.',
    );
    // The largest table that fits in width is written.
    await writeExport({ ...wide, headers: wide.headers.slice(1) }, 'xlsx', path, rules);
    expect(readXlsx(path).sheets[0]?.rows[0]?.[1]).toHaveLength(excelLimits.columns);
    expect(existsSync(path)).toBe(true);
  });
});
