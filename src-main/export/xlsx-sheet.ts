import { ExportError } from './export-error';
import { neutraliseFormula } from './formula-guard';
import type { CellValue, ExportTable } from './table';

/** The size of one Excel worksheet ("Excel specifications and limits"): rows include the header. */
export const excelLimits = { rows: 1_048_576, columns: 16_384 } as const;

export interface SheetLimits {
  rows: number;
  columns: number;
}

/** Characters XML 1.0 does not allow, even escaped; a spreadsheet refuses the file if one slips in. */
// eslint-disable-next-line no-control-regex
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const needsEscape = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export const escapeXml = (text: string): string =>
  needsEscape.test(text)
    ? text
        .replace(invalidXml, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text;

/** A column's letters: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function tooManyRows(table: ExportTable, limits: SheetLimits): ExportError {
  return new ExportError(
    'too-many-rows',
    `"${table.name}" has more rows than an Excel sheet holds (${fmt(limits.rows)} rows, the header ` +
      `included, so ${fmt(limits.rows - 1)} rows of data). Export it as CSV, which has no row ` +
      'limit, or narrow the list.',
  );
}

function tooManyColumns(table: ExportTable, columns: number, limits: SheetLimits): ExportError {
  return new ExportError(
    'too-many-columns',
    `"${table.name}" has ${fmt(columns)} columns; an Excel sheet holds at most ` +
      `${fmt(limits.columns)}. Export it as CSV, or leave some columns out.`,
  );
}

/** Text whose spaces or line breaks a reader would otherwise be free to collapse. */
const keepsSpace = /^\s|\s$|\s\s|[\t\n\r]/;

function cell(value: CellValue, ref: string, style: string): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = escapeXml(neutraliseFormula(value));
  const space = keepsSpace.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

const CHUNK = 64 * 1024;

/**
 * One worksheet's XML in chunks of about 64 KB, written row by row as the reader asks for them. The
 * header row is bold and frozen. A table beyond Excel's limits is refused, before its first row
 * when its size shows in the header, or at the first row past the limit.
 */
export function* sheetXml(
  table: ExportTable,
  limits: SheetLimits = excelLimits,
): Generator<string> {
  if (table.headers.length > limits.columns)
    throw tooManyColumns(table, table.headers.length, limits);
  if (Array.isArray(table.rows) && table.rows.length + 1 > limits.rows)
    throw tooManyRows(table, limits);
  const refs: string[] = [];
  const ref = (c: number): string => (refs[c] ??= columnName(c));
  let pending =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetData>';
  let r = 0;
  const row = (values: readonly CellValue[], style: string): void => {
    r++;
    if (r > limits.rows) throw tooManyRows(table, limits);
    if (values.length > limits.columns) throw tooManyColumns(table, values.length, limits);
    pending += `<row r="${r}">`;
    for (let c = 0; c < values.length; c++)
      pending += cell(values[c] as CellValue, `${ref(c)}${r}`, style);
    pending += '</row>';
  };
  row(table.headers, ' s="1"');
  for (const values of table.rows) {
    row(values, '');
    if (pending.length >= CHUNK) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}</sheetData></worksheet>`;
}
