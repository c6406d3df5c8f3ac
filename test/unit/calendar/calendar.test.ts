import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateOf,
  checkedDayOf,
  civilFromDays,
  dayOf,
  daysFromCivil,
  daysInMonth,
  isCalendarDate,
  isoOf,
} from '../../../src-shared/calendar/days';
import {
  addMonths,
  firstDayOfMonth,
  lastDayOfMonth,
  monthLabel,
  monthOf,
  monthOfDay,
  wholeMonthsBetween,
} from '../../../src-shared/calendar/months';

const jsDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('the calendar shared by the engine, the import, the renderer and the generator', () => {
  it('agrees with the JavaScript Date for every day from 1899 to 2101', () => {
    const from = Date.UTC(1899, 0, 1) / 86_400_000;
    const to = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let day = from; day <= to; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(isoOf(day)).toBe(expected);
      const c = civilFromDays(day);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(day);
      expect(dayOf(expected)).toBe(day);
    }
  });

  it('knows the length of every month, leap years by the Gregorian rule', () => {
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 1; month <= 12; month++) {
        const expected = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(expected);
      }
    }
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 2)]).toEqual([
      28, 29, 29,
    ]);
  });

  it('accepts only days that exist, written YYYY-MM-DD', () => {
    for (const date of ['2024-02-29', '2000-02-29', '0099-12-31', '2026-12-07'])
      expect(isCalendarDate(date), date).toBe(true);
    for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10'])
      expect(isCalendarDate(date), date).toBe(false);
    for (const text of ['2026-1-01', '20260101', '2026-01-01T00:00:00', ' 2026-01-01', ''])
      expect(isCalendarDate(text), text).toBe(false);
    expect(calendarDateOf('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(checkedDayOf('2024-03-05T10:00:00Z')).toBe(jsDay('2024-03-05'));
    expect(() => checkedDayOf('2023-02-29')).toThrow(RangeError);
  });

  it('adds days and months as billing does, clamping to the end of shorter months', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isoOf(addMonths(dayOf('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoOf(addMonths(dayOf('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoOf(addMonths(dayOf('2025-01-31'), 3))).toBe('2025-04-30');
    expect(isoOf(addMonths(dayOf('2025-11-15'), 14))).toBe('2027-01-15');
    expect(isoOf(addMonths(dayOf('2025-03-31'), -1))).toBe('2025-02-28');
  });

  it('numbers months consecutively, across years', () => {
    expect(monthOf('2026-12-07') + 1).toBe(monthOf('2027-01-15'));
    expect(monthOfDay(dayOf('2026-09-17'))).toBe(monthOf('2026-09-01'));
    expect(monthLabel(monthOf('2026-09-17'))).toBe('2026-09');
    expect(isoOf(firstDayOfMonth(monthOf('2026-12-07') + 1))).toBe('2027-01-01');
    expect(isoOf(lastDayOfMonth(monthOf('2024-02-10')))).toBe('2024-02-29');
  });

  it('counts whole months with anniversary semantics', () => {
    const cases: [string, string, number][] = [
      ['2023-01-31', '2023-02-28', 1],
      ['2024-01-31', '2024-02-29', 1],
      ['2023-01-31', '2023-03-30', 1],
      ['2023-01-31', '2023-03-31', 2],
      ['2023-01-15', '2023-02-14', 0],
      ['2023-01-15', '2023-02-15', 1],
      ['2023-01-15', '2024-01-15', 12],
      ['2023-05-10', '2023-05-01', 0],
    ];
    for (const [from, to, months] of cases)
      expect(wholeMonthsBetween(dayOf(from), dayOf(to)), `${from} → ${to}`).toBe(months);
  });

  it('counts whole months as stepping by addMonths would, for every pair in a leap span', () => {
    const start = dayOf('2023-12-01');
    for (let from = start; from < start + 120; from += 3) {
      for (let to = from; to < from + 500; to += 7) {
        let expected = 0;
        while (addMonths(from, expected + 1) <= to) expected++;
        expect(wholeMonthsBetween(from, to)).toBe(expected);
      }
    }
  });
});
