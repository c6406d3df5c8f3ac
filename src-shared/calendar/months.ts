import { civilFromDays, daysFromCivil, daysInMonth, type Day } from './days';

/** Calendar months since year 0: consecutive months differ by one. */
export function monthOf(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

export function monthOfDay(days: Day): number {
  const c = civilFromDays(days);
  return c.year * 12 + c.month - 1;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM` of a month index. */
export const monthLabel = (month: number): string =>
  `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}`;

export const firstDayOfMonth = (month: number): Day =>
  daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);

export const lastDayOfMonth = (month: number): Day => firstDayOfMonth(month + 1) - 1;

/** The same day of the month `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(days: Day, months: number): Day {
  const c = civilFromDays(days);
  const index = c.year * 12 + c.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/**
 * Whole calendar months from `from` to `to`, with anniversary semantics: the largest k such that
 * `from` plus k months (the same day of the month, clamped to the month's end) is not after `to`.
 * So 2023-01-31 → 2023-02-28 is one month, 2024-01-31 → 2024-02-29 one, 2023-01-31 → 2023-03-30
 * one (the second anniversary is 03-31), and 2023-01-15 → 2023-02-14 none. An end before the start
 * counts 0.
 */
export function wholeMonthsBetween(from: Day, to: Day): number {
  if (to < from) return 0;
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const anniversaryDay = Math.min(a.day, daysInMonth(b.year, b.month));
  if (b.day < anniversaryDay) months--;
  return Math.max(0, months);
}
