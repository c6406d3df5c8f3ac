/**
 * Whole calendar months from `start` to `end` ('YYYY-MM-DD'; a longer timestamp is read by its
 * date), with anniversary semantics: the largest k such that start + k months is on or before end,
 * where start + k months keeps the day of the month and is clamped to the last day of a shorter
 * month. So 2023-01-31 → 2023-02-28 is one month, 2024-01-31 → 2024-02-29 one, 2023-01-31 →
 * 2023-03-30 one (the second anniversary is 03-31), and 2023-01-15 → 2023-02-14 none.
 * An end before the start counts 0.
 */
export function completedMonths(start: string, end: string): number {
  const from = parseDate(start);
  const to = parseDate(end);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  const anniversaryDay = Math.min(from.day, daysInMonth(to.year, to.month));
  if (to.day < anniversaryDay) months--;
  return Math.max(0, months);
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`not an ISO date: ${iso}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return { year, month, day };
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
