import type { DateOrder, DecimalMark, DetectedType } from '../../../src-shared/model/import';
import { isBlank } from './blank';
import { isBooleanWord, parseBoolean } from './booleans';
import {
  dateOrderEvidence,
  hasTime,
  isPlausibleSerial,
  looksLikeDate,
  yearLastSeparator,
} from './dates';
import { decimalEvidence, parseNumber } from './numbers';

/** What the values of one column say about it; fed row by row, so any number of rows can be read. */
export class ColumnEvidence {
  values = 0;
  blanks = 0;
  integers = 0;
  numbers = 0;
  booleanWords = 0;
  booleans = 0;
  dates = 0;
  times = 0;
  serials = 0;
  monthFirst = 0;
  dayFirst = 0;
  either = 0;
  separator: string | null = null;
  commaDecimals = 0;
  pointDecimals = 0;

  add(raw: string | undefined): void {
    if (raw === undefined || isBlank(raw)) {
      this.blanks++;
      return;
    }
    this.values++;
    const order = dateOrderEvidence(raw);
    if (order !== null) {
      if (order === 'mdy') this.monthFirst++;
      else if (order === 'dmy') this.dayFirst++;
      else this.either++;
      this.separator ??= yearLastSeparator(raw);
    }
    const looksNumeric = /^[\s\d$€£¥(+\-−▲.,%]/.test(raw) && /\d/.test(raw);
    if (looksNumeric) {
      const mark = decimalEvidence(raw);
      if (mark === ',') this.commaDecimals++;
      else if (mark === '.') this.pointDecimals++;
      const asPoint = parseNumber(raw, '.');
      const value = asPoint ?? parseNumber(raw, ',');
      if (value !== undefined) {
        this.numbers++;
        if (Number.isInteger(value) && !/[.,]\d*[1-9]/.test(raw)) this.integers++;
        if (isPlausibleSerial(raw)) this.serials++;
      }
    }
    if (isBooleanWord(raw)) this.booleanWords++;
    if (parseBoolean(raw) !== undefined) this.booleans++;
    if (order !== null || ((!looksNumeric || /[-/年]/.test(raw)) && looksLikeDate(raw))) {
      this.dates++;
      if (hasTime(raw)) this.times++;
    }
  }

  get blankShare(): number {
    const all = this.values + this.blanks;
    return all === 0 ? 1 : this.blanks / all;
  }

  /** The type a spreadsheet would give the column. */
  get type(): DetectedType {
    const n = this.values;
    if (n === 0) return 'empty';
    if (this.dates === n) return this.times > 0 ? 'timestamp' : 'date';
    if (this.booleans === n && this.booleanWords > 0) return 'boolean';
    if (this.integers === n) return 'integer';
    if (this.numbers === n) return 'number';
    return 'text';
  }

  /**
   * The day/month order of the column's numeric dates: decided by any value with a day above 12;
   * null while every value could be read either way, or when values disagree.
   */
  get dateOrder(): DateOrder | null {
    if (this.dayFirst > 0 && this.monthFirst === 0) return 'dmy';
    if (this.monthFirst > 0 && this.dayFirst === 0) return 'mdy';
    return null;
  }

  get hasNumericDates(): boolean {
    return this.monthFirst + this.dayFirst + this.either > 0;
  }

  get conflictingOrders(): boolean {
    return this.monthFirst > 0 && this.dayFirst > 0;
  }

  /** Every value an Excel serial day number between 1954 and 2119. */
  get allSerials(): boolean {
    return this.values > 0 && this.serials === this.values;
  }
}

/** The order an undecided column is read in: day first with dots (Europe), month first otherwise. */
export const defaultDateOrder = (separator: string | null): DateOrder =>
  separator === '.' ? 'dmy' : 'mdy';

/** The file's decimal mark, from the numbers of all its columns; a semicolon file leans to commas. */
export function decideDecimal(columns: readonly ColumnEvidence[], delimiter: string): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const c of columns) {
    comma += c.commaDecimals;
    point += c.pointDecimals;
  }
  if (comma > point) return ',';
  if (point > comma) return '.';
  return delimiter === ';' ? ',' : '.';
}
