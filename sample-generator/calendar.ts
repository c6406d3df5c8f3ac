/**
 * Dates as whole days since 1970-01-01 (UTC) and times as seconds into the day. The generator never
 * reads the clock: every date is placed relative to the fixed as-of date.
 */
import { civilFromDays, dayOf, type Day } from '../src-shared/calendar/days';

export {
  civilFromDays,
  dayOf,
  daysFromCivil,
  type Civil,
  type Day,
} from '../src-shared/calendar/days';
export { addMonths, firstDayOfMonth, monthOfDay } from '../src-shared/calendar/months';

export const SAMPLE_AS_OF = '2026-09-30';

export const AS_OF_DAY: Day = dayOf(SAMPLE_AS_OF);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(days: Day): string {
  const c = civilFromDays(days);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** `YYYY-MM`, for monthly files. */
export function isoMonth(days: Day): string {
  const c = civilFromDays(days);
  return `${c.year}-${pad2(c.month)}`;
}

/** `M/D/YYYY`, as US spreadsheets write dates. */
export function usDate(days: Day): string {
  const c = civilFromDays(days);
  return `${c.month}/${c.day}/${c.year}`;
}

export function clockTime(seconds: number, withSeconds = true): string {
  const s = Math.floor(seconds) % 86400;
  const hh = pad2(Math.floor(s / 3600));
  const mm = pad2(Math.floor((s % 3600) / 60));
  return withSeconds ? `${hh}:${mm}:${pad2(s % 60)}` : `${hh}:${mm}`;
}

/** A moment: a day and the seconds into it. */
export interface Moment {
  day: Day;
  seconds: number;
}

/** `YYYY-MM-DD HH:MM:SS`, as Stripe and Typeform export times. */
export const spaceTime = (m: Moment): string => `${isoDate(m.day)} ${clockTime(m.seconds)}`;

/** `YYYY-MM-DD HH:MM`, as HubSpot exports date-times. */
export const minuteTime = (m: Moment): string => `${isoDate(m.day)} ${clockTime(m.seconds, false)}`;

/** `YYYY-MM-DDTHH:MM:SSZ`. */
export const isoInstant = (m: Moment): string => `${isoDate(m.day)}T${clockTime(m.seconds)}Z`;

/** `YYYY-MM-DD HH:MM:SS +0000`, as Delighted exports times. */
export const offsetTime = (m: Moment): string => `${spaceTime(m)} +0000`;

/** Adds a duration in seconds to a moment. */
export function later(m: Moment, seconds: number): Moment {
  const total = m.seconds + Math.floor(seconds);
  const days = Math.floor(total / 86400);
  return { day: m.day + days, seconds: total - days * 86400 };
}
