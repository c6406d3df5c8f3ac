import { checkedDayOf } from '../../../src-shared/calendar/days';
import { wholeMonthsBetween } from '../../../src-shared/calendar/months';

/**
 * Whole calendar months from `start` to `end` ('YYYY-MM-DD'; a longer timestamp is read by its
 * date), with the anniversary semantics of `wholeMonthsBetween`. Throws a RangeError for a date
 * that does not exist.
 */
export function completedMonths(start: string, end: string): number {
  return wholeMonthsBetween(checkedDayOf(start), checkedDayOf(end));
}
