import { describe, expect, it } from 'vitest';
import { canonicalRole } from '../../../src-main/sample/load/mappings/hubspot';
import { monthlyRecurringRevenue } from '../../../src-main/sample/load/mappings/stripe';
import {
  boolean,
  date,
  integer,
  number,
  timestamp,
  upper,
  ValueError,
} from '../../../src-main/sample/load/values';

describe('sample loader value parsing', () => {
  it('reads each tool’s date-time style as a UTC timestamp', () => {
    expect(timestamp('2024-03-05 14:22:10')).toBe('2024-03-05T14:22:10'); // Stripe, Typeform
    expect(timestamp('2024-03-05 14:22')).toBe('2024-03-05T14:22:00'); // HubSpot
    expect(timestamp('2024-03-05T14:22:10Z')).toBe('2024-03-05T14:22:10'); // Zendesk
    expect(timestamp('2024-03-05 14:22:10 +0000')).toBe('2024-03-05T14:22:10'); // Delighted
    expect(timestamp('2024-03-05 01:30:00 +0200')).toBe('2024-03-04T23:30:00');
    expect(timestamp('2024-03-05 23:30:00 -05:00')).toBe('2024-03-06T04:30:00');
    expect(timestamp('')).toBeNull();
  });

  it('reads dates, US dates and months', () => {
    expect(date('2024-03-05')).toBe('2024-03-05');
    expect(date('3/5/2024')).toBe('2024-03-05'); // ChurnZero, saved from Excel
    expect(date('12/31/2025')).toBe('2025-12-31');
    expect(date('2024-03')).toBe('2024-03-01'); // monthly cost sheet
    expect(date('2024-03-05 14:22')).toBe('2024-03-05');
  });

  it('rejects what is not a date rather than guessing', () => {
    expect(() => date('2024-02-30')).toThrow(ValueError);
    expect(() => timestamp('2024-02-30 10:00:00 +0200')).toThrow(ValueError);
    expect(() => timestamp('2024-02-10 24:00:00')).toThrow(ValueError);
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(() => date('13/1/2024')).toThrow(ValueError);
    expect(() => date('next tuesday')).toThrow(ValueError);
  });

  it('reads numbers, booleans and currencies', () => {
    expect(number(' 49.00 ')).toBe(49);
    expect(integer('17.0')).toBe(17);
    expect(() => number('12 apples')).toThrow(ValueError);
    expect(boolean('Yes')).toBe(1);
    expect(boolean('false')).toBe(0);
    expect(boolean('')).toBeNull();
    expect(() => boolean('maybe')).toThrow(ValueError);
    expect(upper('usd')).toBe('USD');
  });

  it('normalises MRR to a month from unit amount, quantity and interval', () => {
    expect(monthlyRecurringRevenue('29.00', '12', 'month')).toBe(348);
    expect(monthlyRecurringRevenue('290.00', '12', 'year')).toBe(290);
    expect(monthlyRecurringRevenue('490.00', '1', 'year')).toBe(40.83);
    expect(monthlyRecurringRevenue('10', '', 'week')).toBe(43.33);
    expect(monthlyRecurringRevenue('', '3', 'month')).toBeNull();
    expect(() => monthlyRecurringRevenue('10', '1', 'fortnight')).toThrow(ValueError);
  });

  it('maps HubSpot buying roles onto the canonical four, keeping the strongest of several', () => {
    expect(canonicalRole('Champion')).toBe('champion');
    expect(canonicalRole('Budget Holder')).toBe('decision_maker');
    expect(canonicalRole('Executive Sponsor')).toBe('decision_maker');
    expect(canonicalRole('Influencer;End User')).toBe('influencer');
    expect(canonicalRole('End User;Champion')).toBe('champion');
    expect(canonicalRole('Blocker')).toBeNull();
    expect(canonicalRole('')).toBeNull();
  });
});
