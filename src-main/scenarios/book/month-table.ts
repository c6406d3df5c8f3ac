import { monthOfDay } from '../../../src-shared/calendar/months';

/**
 * The calendar month of every day in a range, computed once per day and then looked up: the book
 * reads millions of payment days, but only a few thousand distinct ones.
 */
export function monthTable(firstDay: number, lastDay: number): { monthOf(day: number): number } {
  const months = new Int32Array(lastDay - firstDay + 1);
  for (let day = firstDay; day <= lastDay; day++) months[day - firstDay] = monthOfDay(day);
  return {
    monthOf: (d) => (d >= firstDay && d <= lastDay ? months[d - firstDay] : monthOfDay(d)),
  };
}
