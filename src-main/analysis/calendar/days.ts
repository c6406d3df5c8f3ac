/**
 * Dates as whole days since 1970-01-01 (UTC) and months as consecutive integers. ISO text is parsed
 * by hand: the engine parses millions of dates and never needs a Date object or a time zone.
 */
export type Day = number;

/** Days since 1970-01-01 of an ISO date or timestamp (only the date part is read). */
export function dayOf(iso: string): Day {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return daysFromCivil(year, month, day);
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

export interface Civil {
  year: number;
  month: number;
  day: number;
}

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

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function isoOf(days: Day): string {
  const c = civilFromDays(days);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);

/** Calendar months since year 0: consecutive months differ by one. */
export function monthOf(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

export function monthOfDay(days: Day): number {
  const c = civilFromDays(days);
  return c.year * 12 + c.month - 1;
}

/** `YYYY-MM` of a month index. */
export const monthLabel = (month: number): string =>
  `${pad(Math.floor(month / 12), 4)}-${pad((month % 12) + 1, 2)}`;

export const firstDayOfMonth = (month: number): Day =>
  daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);

const daysInMonth = (year: number, month: number): number =>
  daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
  daysFromCivil(year, month, 1);

/**
 * Whole calendar months from `from` to `to`: the largest k such that `from` plus k months (the same
 * day of the month, clamped to the month's end) is not after `to`. 2024-01-31 → 2024-02-29 is one
 * month; 2024-01-15 → 2024-02-14 is none.
 */
export function wholeMonthsBetween(from: Day, to: Day): number {
  if (to < from) return 0;
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const lastDay = daysInMonth(b.year, b.month);
  const anniversaryDay = Math.min(a.day, lastDay);
  if (b.day < anniversaryDay) months--;
  return Math.max(0, months);
}
