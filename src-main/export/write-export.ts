import { writeFileSync } from 'node:fs';
import { csvFile, csvText } from './csv-export';
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
export function writeExport(
  table: ExportTable,
  format: FileFormat,
  path: string,
  encoding: CsvEncoding = 'utf-8',
): WrittenExport {
  if (format === 'xlsx') {
    const bytes = xlsxFile([table]);
    writeFileSync(path, bytes);
    return { path, bytes: bytes.length, rows: table.rows.length, unmappable: [] };
  }
  const file = csvFile(table, encoding);
  writeFileSync(path, file.bytes);
  return { path, bytes: file.bytes.length, rows: table.rows.length, unmappable: file.unmappable };
}

/** CSV for a terminal or a pipe: UTF-8 text, no byte-order mark. */
export const csvForStdout = (table: ExportTable): string => csvText(table).replace(/\r\n$/, '');
