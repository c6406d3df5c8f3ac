import type { DecimalMark } from '../../../src-shared/model/import';
import { narrow } from './blank';
import { stripCurrency } from './currency';

const plain = /^-?\d+(\.\d+)?$/;
const scientific = /^-?\d+(\.\d+)?e[+-]?\d+$/i;
const groupedDot = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const groupedComma = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const spacedGroups = /[\s\u00a0\u2009\u202f']/g;

/**
 * Reads a number as a spreadsheet shows it: thousands separators, a decimal comma where the file
 * uses one, currency signs and codes, `%` (the number shown is kept: "85%" is 85), and negatives
 * written `-5`, `5-`, `(5)`, `−5` or, in Japanese ledgers, `▲5`. Returns undefined when the text is
 * not a number.
 */
export function parseNumber(raw: string, decimal: DecimalMark = '.'): number | undefined {
  let text = raw.trim();
  if (decimal === '.' && plain.test(text)) return Number(text);
  text = narrow(text);
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/^[-−▲△]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  if (text.endsWith('%')) text = text.slice(0, -1).trim();
  text = stripCurrency(text);
  // A sign may also follow the currency ("$-5", "USD -5"), but only one sign is allowed in all.
  if (/^[-−]/.test(text)) {
    if (negative && !raw.trim().startsWith('(')) return undefined;
    negative = !negative;
    text = text.slice(1);
  }
  text = text.replace(spacedGroups, '');
  const value = readDigits(text, decimal);
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

function readDigits(text: string, decimal: DecimalMark): number | undefined {
  if (text === '') return undefined;
  if (decimal === '.') {
    if (plain.test(text) || scientific.test(text)) return Number(text);
    if (groupedDot.test(text)) return Number(text.replace(/,/g, ''));
    if (/^\.\d+$/.test(text)) return Number(`0${text}`);
    return undefined;
  }
  if (/^\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (groupedComma.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  // A point with other than three digits after it is a decimal point even in a comma file.
  if (/^\d+\.\d{1,2}$/.test(text) || /^\d+\.\d{4,}$/.test(text)) return Number(text);
  if (scientific.test(text)) return Number(text);
  return undefined;
}

/**
 * Which decimal mark a number written this way implies: ',' for `12,5` or `1.234,56`, '.' for
 * `12.5` or `1,234.56`, and null when it could be either (`1,234`, `1.234`, `12`).
 */
export function decimalEvidence(raw: string): DecimalMark | null {
  const text = raw.trim();
  if (/^[-(]?[^\d]{0,4}\d{1,3}(\.\d{3})+,\d+/.test(text)) return ',';
  if (/^[-(]?[^\d]{0,4}\d{1,3}(,\d{3})+\.\d+/.test(text)) return '.';
  if (/^[-(]?[^\d]{0,4}\d+,(\d{1,2}|\d{4,})(?!\d)/.test(text)) return ',';
  if (/^[-(]?[^\d]{0,4}\d+\.(\d{1,2}|\d{4,})(?!\d)/.test(text)) return '.';
  return null;
}
