import { writeFileSync } from 'node:fs';
import { MemorySink } from './byte-sink';
import { writeCsv } from './csv-export';
import { csvText } from './csv-writer';
import type { CsvEncoding, ExportTable } from './table';
import { xlsxFile } from './xlsx-export';

export type FileFormat = 'csv' | 'xlsx';

export interface WrittenExport {
  path: string;
  bytes: number;
  rows: number;
  /** Characters Shift_JIS cannot hold, written as "?". */
  unmappable: string[];
}

/** Writes a table to a CSV (UTF-8 with BOM, or Shift_JIS) or XLSX file. */
export async function writeExport(
  table: ExportTable,
  format: FileFormat,
  path: string,
  encoding: CsvEncoding = 'utf-8',
): Promise<WrittenExport> {
  if (format === 'xlsx') {
    const rows = [...table.rows];
    const bytes = xlsxFile([{ ...table, rows }]);
    writeFileSync(path, bytes);
    return { path, bytes: bytes.length, rows: rows.length, unmappable: [] };
  }
  const sink = new MemorySink();
  const written = await writeCsv(table, sink, encoding);
  const bytes = sink.bytes();
  writeFileSync(path, bytes);
  return { path, bytes: bytes.length, rows: written.rows, unmappable: written.unmappable };
}

/** CSV for a terminal or a pipe: UTF-8 text, no byte-order mark. */
export const csvForStdout = (table: ExportTable): string =>
  csvText(table, { guard: true }).replace(/\r\n$/, '');
