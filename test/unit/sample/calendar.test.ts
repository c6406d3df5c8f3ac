import { describe, expect, it } from 'vitest';
import {
  AS_OF_DAY,
  dayOf,
  isoDate,
  later,
  offsetTime,
  usDate,
} from '../../../sample-generator/calendar';

describe('sample calendar', () => {
  it('fixes the as-of date instead of reading the clock', () => {
    expect(isoDate(AS_OF_DAY)).toBe('2026-09-30');
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
