import { describe, expect, it } from 'vitest';
import {
  completedMonths,
  lifetimeObservation,
  ltvFromLifetime,
  ltvSimple,
  toLifetimeColumns,
} from '../../../../src-main/analysis/retention';

describe('completedMonths: whole calendar months from the start', () => {
  it.each([
    ['2024-01-15', '2024-01-31', 0],
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-15', '2024-02-15', 1],
    ['2023-01-31', '2023-02-28', 1],
    ['2024-01-31', '2024-02-29', 1],
    ['2023-01-31', '2023-03-30', 1],
    ['2023-01-31', '2023-03-31', 2],
    ['2022-11-30', '2024-02-29', 15],
    ['2022-11-30', '2024-02-28', 14],
    ['2024-03-10', '2024-01-01', 0],
    ['2024-01-15T23:00:00Z', '2024-03-15T01:00:00Z', 2],
  ])('%s → %s is %i', (start, end, months) => {
    expect(completedMonths(start, end)).toBe(months);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => completedMonths('2023-02-29', '2024-01-01')).toThrow(RangeError);
    expect(() => completedMonths('01/02/2024', '2024-01-01')).toThrow(RangeError);
  });
});

describe('lifetimeObservation (issue 4, item 8)', () => {
  it('is an event at the tenure for a churn on or before the as-of date', () => {
    expect(lifetimeObservation('2023-01-10', '2023-07-09', '2024-01-01')).toEqual({
      time: 5,
      event: true,
    });
    expect(lifetimeObservation('2023-01-10', '2024-01-01', '2024-01-01')).toEqual({
      time: 11,
      event: true,
    });
  });

  it('is censored at the tenure on the as-of date for an active account, or one that churns later', () => {
    expect(lifetimeObservation('2023-01-10', null, '2024-01-01')).toEqual({
      time: 11,
      event: false,
    });
    expect(lifetimeObservation('2023-01-10', '2024-02-01', '2024-01-01')).toEqual({
      time: 11,
      event: false,
    });
  });

  it('has no lifetime before the start', () => {
    expect(lifetimeObservation('2024-02-01', null, '2024-01-01')).toBeNull();
  });

  it('turns observations into columns and checks given columns', () => {
    const columns = toLifetimeColumns([
      { time: 3, event: true },
      { time: 0, event: false },
    ]);
    expect(Array.from(columns.time)).toEqual([3, 0]);
    expect(Array.from(columns.event)).toEqual([1, 0]);
    expect(() =>
      toLifetimeColumns({ time: new Float64Array(2), event: new Uint8Array(1) }),
    ).toThrow(RangeError);
  });
});

describe('LTV', () => {
  it('is ARPA × gross margin × expected lifetime', () => {
    expect(ltvFromLifetime(120, 0.8, 25)).toBe(2400);
  });

  it('by the simple formula is ARPA × margin ÷ monthly churn, and undefined without churn', () => {
    expect(ltvSimple(120, 0.8, 0.04)).toBeCloseTo(2400, 10);
    expect(ltvSimple(120, 0.8, 0)).toBeNull();
    expect(ltvSimple(120, 0.8, null)).toBeNull();
  });
});
