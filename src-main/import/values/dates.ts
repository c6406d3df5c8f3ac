import type { DateOrder } from '../../../src-shared/model/import';
import { daysInMonth } from '../../../src-shared/calendar/days';
import { narrow } from './blank';

/** A moment as written, before it is stored: the civil date, the time if any, the offset if any. */
interface Moment {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Minutes east of UTC, when the text says. */
  offset: number | null;
}

/** How a date column is read: the day/month order of numeric dates, and whether numbers are serials. */
export interface DateReading {
  order: DateOrder;
  /** Excel serial day numbers, read only when the whole column is clearly dates. */
  serial: boolean;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const time = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?`;
const yearFirst = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\.?${time}$`);
const japanese = new RegExp(
  String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?${time}$`,
);
const yearLast = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${time}$`);
const dayName = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?`;
const monthFirst = new RegExp(
  String.raw`^${dayName}([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}|\d{2})${time}$`,
  'i',
);
const dayFirst = new RegExp(
  String.raw`^${dayName}(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})${time}$`,
  'i',
);
const compact = /^(19|20)(\d{2})(\d{2})(\d{2})$/;
const serialNumber = /^\d{1,7}(\.\d+)?$/;

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOfName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = months.indexOf(lower.slice(0, 3));
  if (index < 0) return undefined;
  const full = new Date(Date.UTC(2000, index, 1))
    .toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
    .toLowerCase();
  // "Sept" is common; otherwise the name is the three-letter form or the whole name.
  return lower.length === 3 || full.startsWith(lower) || lower === 'sept' ? index + 1 : undefined;
}

const fullYear = (text: string): number => {
  const y = Number(text);
  // Two-digit years: 00–69 are this century, 70–99 the last, as spreadsheets read them.
  return text.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
};

function withTime(
  y: number,
  mo: number,
  d: number,
  m: RegExpExecArray,
  at: number,
): Moment | undefined {
  let h = Number(m[at] ?? 0);
  const mi = Number(m[at + 1] ?? 0);
  const s = Number(m[at + 2] ?? 0);
  const meridiem = m[at + 3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    if (meridiem === 'pm' && h < 12) h += 12;
    if (meridiem === 'am' && h === 12) h = 0;
  }
  const zone = m[at + 4];
  let offset: number | null = null;
  if (zone) {
    const upper = zone.toUpperCase();
    if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') offset = 0;
    else {
      const digits = zone.replace(':', '');
      offset =
        (digits.startsWith('-') ? -1 : 1) *
        (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  return valid({ y, mo, d, h, mi, s, offset });
}

function valid(m: Moment): Moment | undefined {
  if (m.y < 1000 || m.mo < 1 || m.mo > 12 || m.d < 1 || m.d > daysInMonth(m.y, m.mo))
    return undefined;
  if (m.h > 23 || m.mi > 59 || m.s > 59) return undefined;
  return m;
}

/** Serial day numbers of Excel's 1900 date system, which counts a 29 February 1900 that never was. */
function fromSerial(serial: number): Moment | undefined {
  if (serial < 1 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86400);
  const epoch = Date.UTC(1899, 11, days < 61 ? 31 : 30);
  return momentOf(new Date(epoch + days * 86400000 + seconds * 1000), null);
}

/** The UTC fields of an instant, with the offset they are to be read at. */
function momentOf(at: Date, offset: number | null): Moment {
  return {
    y: at.getUTCFullYear(),
    mo: at.getUTCMonth() + 1,
    d: at.getUTCDate(),
    h: at.getUTCHours(),
    mi: at.getUTCMinutes(),
    s: at.getUTCSeconds(),
    offset,
  };
}

/** No date is written in more characters than this, once runs of spaces are one space. */
const longestDate = 80;
const spaceRun = /\s{2,}/;
const spaceRuns = /\s+/g;

/**
 * The text of a cell as the date patterns read it: trimmed, narrowed, and with each run of spaces
 * made one space, so that the patterns' neighbouring `\s*` cannot split a long run in every way
 * (quadratic time on a date followed by a million spaces). Every pattern reads spaces through `\s*`,
 * `\s+` or `[\s-]+`, so this changes no result. Undefined when the text is too long to be a date.
 */
function dateCell(raw: string): string | undefined {
  let text = narrow(raw.trim());
  if (text.length > longestDate && spaceRun.test(text)) text = text.replace(spaceRuns, ' ');
  return text.length > longestDate ? undefined : text;
}

function readMoment(raw: string, reading: DateReading): Moment | undefined {
  const text = dateCell(raw);
  if (text === undefined) return undefined;
  let m = yearFirst.exec(text);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 1), m, 4);
  m = yearLast.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const y = fullYear(m[4] ?? '');
    return reading.order === 'dmy'
      ? withTime(y, second, first, m, 5)
      : withTime(y, first, second, m, 5);
  }
  m = japanese.exec(text);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3] ?? 1), m, 4);
  m = monthFirst.exec(text);
  if (m) {
    const mo = monthOfName(m[1] ?? '');
    return mo === undefined ? undefined : withTime(fullYear(m[3] ?? ''), mo, Number(m[2]), m, 4);
  }
  m = dayFirst.exec(text);
  if (m) {
    const mo = monthOfName(m[2] ?? '');
    return mo === undefined ? undefined : withTime(fullYear(m[3] ?? ''), mo, Number(m[1]), m, 4);
  }
  if (reading.serial && serialNumber.test(text)) return fromSerial(Number(text));
  m = compact.exec(text);
  if (m)
    return valid({
      y: Number(`${m[1]}${m[2]}`),
      mo: Number(m[3]),
      d: Number(m[4]),
      h: 0,
      mi: 0,
      s: 0,
      offset: null,
    });
  return undefined;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

function inUtc(m: Moment): Moment {
  if (m.offset === null || m.offset === 0) return m;
  return momentOf(new Date(Date.UTC(m.y, m.mo - 1, m.d, m.h, m.mi, m.s) - m.offset * 60000), 0);
}

const dateText = (m: Moment): string => `${m.y}-${pad(m.mo)}-${pad(m.d)}`;

/** A calendar date as `YYYY-MM-DD`; a moment with an offset is taken in UTC. Undefined when unreadable. */
export function parseDate(raw: string, reading: DateReading): string | undefined {
  const fast = isoDate.exec(raw);
  if (fast) {
    const y = Number(fast[1]);
    const mo = Number(fast[2]);
    const d = Number(fast[3]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? raw : undefined;
  }
  const m = readMoment(raw, reading);
  return m ? dateText(inUtc(m)) : undefined;
}

/** A moment as `YYYY-MM-DDTHH:MM:SS` in UTC when the text gives an offset, else as written. */
export function parseTimestamp(raw: string, reading: DateReading): string | undefined {
  const m = readMoment(raw, reading);
  if (!m) return undefined;
  const u = inUtc(m);
  return `${dateText(u)}T${pad(u.h)}:${pad(u.mi)}:${pad(u.s)}`;
}

/** Whether a value has a time of day besides its date. */
export const hasTime = (raw: string): boolean => /\d:\d{2}/.test(raw);

/**
 * What one value says about the day/month order of its column: a numeric date with the year last
 * whose first number is above 12 is day-first, whose second is above 12 is month-first; both at or
 * under 12 could be either. Null when the value is not such a date.
 */
export function dateOrderEvidence(raw: string): 'mdy' | 'dmy' | 'either' | null {
  const text = dateCell(raw);
  const m = text === undefined ? null : yearLast.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first > 12 && second > 12) return null;
  if (first > 12) return 'dmy';
  if (second > 12) return 'mdy';
  return first >= 1 && second >= 1 ? 'either' : null;
}

/** The separator of a numeric year-last date (`/`, `.` or `-`), for the default order of an undecided column. */
export function yearLastSeparator(raw: string): string | null {
  const text = dateCell(raw);
  const m = text === undefined ? null : yearLast.exec(text);
  return m ? (m[2] ?? null) : null;
}

/** Whether a value reads as a date in any order, serials aside (for column type detection). */
export function looksLikeDate(raw: string): boolean {
  return (
    readMoment(raw, { order: 'mdy', serial: false }) !== undefined ||
    readMoment(raw, { order: 'dmy', serial: false }) !== undefined
  );
}

/** Serial numbers between 1954 and 2119: a column of only these, mapped to a date, holds dates. */
export const isPlausibleSerial = (raw: string): boolean => {
  const text = raw.trim();
  if (!serialNumber.test(text)) return false;
  const n = Number(text);
  return n >= 20000 && n <= 80000;
};
