/**
 * Calendar dates as whole days since 1970-01-01 and months as consecutive integers, for the engine,
 * the import, the renderer and the sample generator alike. ISO text is parsed by hand: the engine
 * reads millions of dates and never needs a Date object or a time zone.
 */
export type Day = number;

export interface Civil {
  year: number;
  month: number;
  day: number;
}

/** Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `daysFromCivil`. */
export function civilFromDays(days: Day): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of an ISO date or timestamp (only the date part is read, unchecked). */
export function dayOf(iso: string): Day {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return daysFromCivil(year, month, day);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day. */
export function isoOf(days: Day): string {
  const c = civilFromDays(days);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether text is a day that exists, written YYYY-MM-DD. `Date.parse` alone is not enough: it rolls
 * 2026-02-31 over to 3 March.
 */
export function isCalendarDate(text: string): boolean {
  return calendarDateOf(text) !== null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a real date written YYYY-MM-DD, or null. */
export function calendarDateOf(text: string): Civil | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Days since 1970-01-01 of an ISO date or timestamp whose date part is a real day; throws a
 * RangeError naming the text otherwise.
 */
export function checkedDayOf(iso: string): Day {
  const parts = calendarDateOf(iso.slice(0, 10));
  if (parts === null) throw new RangeError(`not a calendar date: ${iso.slice(0, 40)}`);
  return daysFromCivil(parts.year, parts.month, parts.day);
}
