import { neutraliseFormula } from './formula-guard';
import { encodeShiftJis } from './shift-jis';
import type { CellValue, CsvEncoding, ExportTable } from './table';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(table: ExportTable): string {
  const lines = [table.headers.map(csvField).join(',')];
  for (const row of table.rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export interface CsvFile {
  bytes: Buffer;
  unmappable: string[];
}

/**
 * CSV as Excel opens it without an import wizard: UTF-8 with a byte-order mark, or Shift_JIS
 * (CP932) for older Japanese Excel. Lines end in CRLF.
 */
export function csvFile(table: ExportTable, encoding: CsvEncoding = 'utf-8'): CsvFile {
  const text = csvText(table);
  if (encoding === 'shift_jis') {
    const encoded = encodeShiftJis(text);
    return { bytes: encoded.bytes, unmappable: encoded.unmappable };
  }
  return { bytes: Buffer.concat([BOM, Buffer.from(text, 'utf8')]), unmappable: [] };
}
