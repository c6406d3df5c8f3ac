import { neutraliseFormula } from './formula-guard';
import type { CellValue, ExportTable } from './table';

export interface CsvOptions {
  /**
   * Whether text cells a spreadsheet could take for a formula get an apostrophe in front. On for
   * every export a person opens; off for files that exist to be fixed and imported again, whose
   * cells must come back exactly as they were read.
   */
  guard: boolean;
  lineEnd?: '\r\n' | '\n';
}

const needsQuotes = /[",\r\n]/;

/** One CSV field: quoted only when it holds a comma, a quote or a line break, as spreadsheets do. */
export function csvField(value: CellValue, guard: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = guard ? neutraliseFormula(value) : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CHUNK = 64 * 1024;

/**
 * The one CSV writer: a table as text chunks of about 64 KB, formatted row by row as the reader
 * asks for them, so a table streamed from the workspace is never held as one string. A chunk ends
 * at a line end.
 */
export function* csvChunks(table: ExportTable, options: CsvOptions): Generator<string> {
  const lineEnd = options.lineEnd ?? '\r\n';
  const line = (row: readonly CellValue[]): string => {
    let text = '';
    for (let i = 0; i < row.length; i++) {
      if (i > 0) text += ',';
      text += csvField(row[i] as CellValue, options.guard);
    }
    return text + lineEnd;
  };
  let pending = line(table.headers);
  for (const row of table.rows) {
    pending += line(row);
    if (pending.length >= CHUNK) {
      yield pending;
      pending = '';
    }
  }
  if (pending.length > 0) yield pending;
}

/** A small table as one string, for a terminal or an answer sent whole. */
export const csvText = (table: ExportTable, options: CsvOptions): string =>
  [...csvChunks(table, options)].join('');
