import { describe, expect, it } from 'vitest';
import {
  addMonths,
  AS_OF_DAY,
  civilFromDays,
  dayOf,
  daysFromCivil,
  isoDate,
  later,
  monthIndex,
  firstDayOfMonthIndex,
  offsetTime,
  usDate,
} from '../../../src-main/sample/calendar';

describe('sample calendar', () => {
  it('agrees with the JavaScript Date for every day from 1999 to 2031', () => {
    const from = Date.UTC(1999, 0, 1) / 86_400_000;
    const to = Date.UTC(2031, 11, 31) / 86_400_000;
    for (let day = from; day <= to; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(isoDate(day)).toBe(expected);
      const c = civilFromDays(day);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(day);
    }
  });

  it('fixes the as-of date instead of reading the clock', () => {
    expect(isoDate(AS_OF_DAY)).toBe('2026-09-30');
  });

  it('adds months as billing does, clamping to the end of shorter months', () => {
    expect(isoDate(addMonths(dayOf('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoDate(addMonths(dayOf('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoDate(addMonths(dayOf('2025-01-31'), 3))).toBe('2025-04-30');
    expect(isoDate(addMonths(dayOf('2025-11-15'), 14))).toBe('2027-01-15');
    expect(firstDayOfMonthIndex(monthIndex(dayOf('2026-09-17')) + 1)).toBe(dayOf('2026-10-01'));
  });

  it('formats moments the way each tool writes them, across midnight too', () => {
    const m = later({ day: dayOf('2025-12-31'), seconds: 86_000 }, 1_000);
    expect(offsetTime(m)).toBe('2026-01-01 00:10:00 +0000');
    expect(later({ day: dayOf('2026-01-01'), seconds: 100 }, -200)).toEqual({
      day: dayOf('2025-12-31'),
      seconds: 86_300,
    });
    expect(usDate(dayOf('2026-03-05'))).toBe('3/5/2026');
  });
});
