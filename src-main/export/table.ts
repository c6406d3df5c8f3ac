/** A table to export: a header row and rows of plain values. */
export type CellValue = string | number | boolean | null;

export interface ExportTable {
  name: string;
  headers: readonly string[];
  /** Read once, row by row, so a table can stream from the workspace without being held whole. */
  rows: Iterable<readonly CellValue[]>;
}

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type CsvEncoding = 'utf-8' | 'shift_jis';
