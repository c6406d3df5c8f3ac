import type {
  DecimalMark,
  ProblemParams,
  RowIssueCode,
  TargetField,
} from '../../../src-shared/model/import';
import { parseBoolean } from '../values/booleans';
import { parseDate, parseTimestamp, type DateReading } from '../values/dates';
import { parseIdentifier } from '../values/identifiers';
import { parseNumber } from '../values/numbers';
import { enumValue, ratingWord } from './enum-values';
import type { SqlValue } from './sql-value';

/** A value that rejects its row: the column, the text and why, in English and as a code with params. */
export class Rejection {
  constructor(
    readonly column: string,
    readonly value: string,
    readonly reason: string,
    readonly code: RowIssueCode,
    readonly params: ProblemParams = {},
  ) {}
}

/** A value that cannot be stored in its field but does not reject the row: the field is left empty. */
export class Dropped {
  constructor(
    readonly column: string,
    readonly value: string,
    readonly reason: string,
    readonly code: RowIssueCode,
    readonly params: ProblemParams = {},
  ) {}
}

export type Typed = SqlValue | Rejection | Dropped;
export type Typer = (text: string) => Typed;

const lowerCase = new Set([
  'domain',
  'email',
  'contact_email',
  'priority',
  'billing_interval',
  'scope',
]);
const orderWords: Record<DateReading['order'], string> = {
  mdy: 'month/day/year',
  dmy: 'day/month/year',
  ymd: 'year/month/day',
};

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Whether a text field holds an identifier, which spreadsheets may have written as `17850.0`. */
export const isIdentifier = (field: TargetField): boolean =>
  field.key || field.name.endsWith('_id');

/**
 * The function that reads one column's text as its field's type. Blank cells never reach it.
 * Unreadable text rejects the row, except in an enumerated field that is not a key, where an
 * unknown label leaves the field empty and is reported as a warning.
 */
export function typerFor(
  table: string,
  field: TargetField,
  column: string,
  decimal: DecimalMark,
  reading: DateReading,
): Typer {
  const reject = (text: string, reason: string, code: RowIssueCode, params: ProblemParams = {}) =>
    new Rejection(column, text, reason, code, { value: shown(text), ...params });
  switch (field.type) {
    case 'text': {
      if (isIdentifier(field)) return (text) => parseIdentifier(text);
      if (field.name === 'currency') return (text) => text.trim().toUpperCase();
      if (
        lowerCase.has(field.name) ||
        (field.name === 'status' && table !== 'accounts') ||
        (field.name === 'type' && table === 'partners')
      )
        return (text) => text.trim().toLowerCase();
      return (text) => text.trim();
    }
    case 'integer':
      return (text) => {
        const n = parseNumber(text, decimal);
        if (n === undefined)
          return reject(text, `"${shown(text)}" is not a number`, 'not-a-number');
        if (!Number.isInteger(n))
          return reject(text, `"${shown(text)}" is not a whole number`, 'not-whole-number');
        return n;
      };
    case 'number':
      return (text) => {
        const n = parseNumber(text, decimal);
        if (n !== undefined) return n;
        if (field.name === 'satisfaction') {
          const rating = ratingWord(text);
          if (rating !== undefined) return rating;
        }
        return reject(text, `"${shown(text)}" is not a number`, 'not-a-number');
      };
    case 'boolean':
      return (text) =>
        parseBoolean(text) ?? reject(text, `"${shown(text)}" is not yes or no`, 'not-yes-no');
    case 'date':
      return (text) =>
        parseDate(text.trim(), reading) ??
        reject(
          text,
          `"${shown(text)}" is not a date (the column is read as ${orderWords[reading.order]})`,
          'not-a-date',
          { order: reading.order },
        );
    case 'timestamp':
      return (text) =>
        parseTimestamp(text, reading) ??
        reject(
          text,
          `"${shown(text)}" is not a date and time (the column is read as ${orderWords[reading.order]})`,
          'not-a-timestamp',
          { order: reading.order },
        );
    case 'enum':
      return (text) => {
        const value = enumValue(table, field.name, text);
        if (value !== undefined) return value;
        const known = (field.values ?? []).join(', ');
        const reason = `"${shown(text)}" is not a known ${field.name.replace(/_/g, ' ')} (${known})`;
        const params = { value: shown(text), field: field.name, known };
        return field.key
          ? reject(text, reason, 'unknown-value', params)
          : new Dropped(
              column,
              text,
              `${reason}; the field is left empty`,
              'unknown-value-dropped',
              params,
            );
      };
  }
}

const monthsPerInterval: Readonly<Record<string, number>> = {
  day: 12 / 365,
  daily: 12 / 365,
  week: 12 / 52,
  weekly: 12 / 52,
  month: 1,
  monthly: 1,
  quarter: 3,
  quarterly: 3,
  year: 12,
  yearly: 12,
  annual: 12,
  annually: 12,
};

/** Months in one billing interval ("month", "yearly", "annual"); undefined when unknown. */
export const monthsOf = (interval: string): number | undefined =>
  monthsPerInterval[interval.trim().toLowerCase()];

/** Monthly recurring revenue from a unit price, a quantity and a billing interval (Stripe). */
export function monthlyPrice(
  columns: readonly string[],
  texts: readonly (string | undefined)[],
  decimal: DecimalMark,
): Typed {
  const [amountText, quantityText, intervalText] = texts;
  if (amountText === undefined) return null;
  const amount = parseNumber(amountText, decimal);
  if (amount === undefined)
    return new Rejection(
      columns[0] ?? '',
      amountText,
      `"${shown(amountText)}" is not a number`,
      'not-a-number',
      { value: shown(amountText) },
    );
  const quantity = quantityText === undefined ? 1 : parseNumber(quantityText, decimal);
  if (quantity === undefined)
    return new Rejection(
      columns[1] ?? '',
      quantityText ?? '',
      `"${shown(quantityText ?? '')}" is not a number`,
      'not-a-number',
      { value: shown(quantityText ?? '') },
    );
  const months = intervalText === undefined ? 1 : monthsOf(intervalText);
  if (months === undefined)
    return new Rejection(
      columns[2] ?? '',
      intervalText ?? '',
      `"${shown(intervalText ?? '')}" is not a billing interval`,
      'not-billing-interval',
      { value: shown(intervalText ?? '') },
    );
  return Math.round(((amount * quantity) / months) * 100) / 100;
}
