import { describe, expect, it } from 'vitest';
import { monthlyChurn, type ChurnAccount } from '../../../../src-main/analysis/retention';
import { shuffled } from '../stats/shuffle';

/**
 * DESIGN section 4: customers that churned in the month, not counting those that started in it,
 * over the customers active at the month's start; monthly and as a trailing six-month average.
 */
const accounts: ChurnAccount[] = [
  { start: '2024-01-10', churn: null }, // A: active at the start of Feb, Mar, Apr
  { start: '2024-01-20', churn: '2024-03-05' }, // B: active Feb, Mar; churns in Mar
  { start: '2024-02-01', churn: '2024-02-20' }, // C: starts and churns in Feb: counted nowhere
  { start: '2023-12-15', churn: '2024-02-01' }, // D: active Jan, Feb; a churn on the 1st counts in Feb
  { start: '2024-03-15', churn: '2024-04-10' }, // E: active Apr; churns in Apr
  { start: '2024-02-10', churn: '2024-05-03' }, // F: churns after the as-of date, so active Mar, Apr
  { start: '2024-05-01', churn: null }, // G: starts after the as-of date: ignored
];

describe('monthlyChurn by hand', () => {
  const result = monthlyChurn(accounts, '2024-04-30');

  it('counts the customers active at each month start and those of them lost in the month', () => {
    expect(result.months.map((m) => [m.month, m.activeAtStart, m.churned])).toEqual([
      ['2023-12', 0, 0],
      ['2024-01', 1, 0],
      ['2024-02', 3, 1],
      ['2024-03', 3, 1],
      ['2024-04', 3, 1],
    ]);
  });

  it('divides them, with no rate for a month without customers', () => {
    expect(result.months.map((m) => m.rate)).toEqual([null, 0, 1 / 3, 1 / 3, 1 / 3]);
  });

  it('averages the rates of the trailing six months that have one', () => {
    const averages = result.months.map((m) => m.trailingSixMonthAverage);
    expect(averages[0]).toBeNull();
    expect(averages[1]).toBe(0);
    expect(averages[2]).toBeCloseTo(1 / 6, 15);
    expect(averages[3]).toBeCloseTo(2 / 9, 15);
    expect(averages[4]).toBeCloseTo(1 / 4, 15);
    expect(result.trailingSixMonthAverage).toBeCloseTo(1 / 4, 15);
    expect(result.months.every((m) => !m.partial)).toBe(true);
  });

  it('keeps the window to six months', () => {
    const long: ChurnAccount[] = [];
    // Ten customers from 2023-01; one leaves in each of Feb … Aug (rates 1/10, 1/9, … 1/4).
    for (let i = 0; i < 10; i++) {
      long.push({ start: '2023-01-05', churn: i < 7 ? `2023-0${i + 2}-15` : null });
    }
    const rows = monthlyChurn(long, '2023-08-31').months;
    const rates = [1 / 10, 1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4];
    rates.forEach((rate, i) => expect(rows[i + 1].rate).toBeCloseTo(rate, 15));
    const lastSix = rates.slice(1).reduce((a, b) => a + b, 0) / 6;
    expect(rows[7].trailingSixMonthAverage).toBeCloseTo(lastSix, 15);
  });

  it('marks the month of a mid-month as-of date partial and keeps it out of the average', () => {
    const partial = monthlyChurn(accounts, '2024-04-20');
    const april = partial.months[4];
    expect(april).toMatchObject({ month: '2024-04', activeAtStart: 3, churned: 1, partial: true });
    expect(april.trailingSixMonthAverage).toBeNull();
    expect(partial.trailingSixMonthAverage).toBeCloseTo(2 / 9, 15);
  });

  it('does not depend on the order of the accounts', () => {
    const order = shuffled(accounts.length, 5);
    expect(
      monthlyChurn(
        Array.from(order, (i) => accounts[i]),
        '2024-04-30',
      ),
    ).toEqual(result);
  });

  it('is empty before the first start', () => {
    expect(monthlyChurn(accounts, '2023-11-30')).toEqual({
      months: [],
      trailingSixMonthAverage: null,
    });
  });
});
