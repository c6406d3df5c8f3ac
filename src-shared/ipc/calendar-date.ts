import { z } from 'zod';

/**
 * Whether text is a day that exists, written YYYY-MM-DD. `Date.parse` alone is not enough: it
 * rolls 2026-02-31 over to 3 March, so the day read back must be the day written.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A day that exists, written YYYY-MM-DD, for the channels' schemas. */
export const isoDate = z.string().refine(isCalendarDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a real date written YYYY-MM-DD`,
});
