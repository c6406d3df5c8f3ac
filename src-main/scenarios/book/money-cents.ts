/**
 * Money in integer cents, rounded half-up the way payout platforms round a commission: 2.5¢ is 3¢.
 * Percents are held as integer millionths of the amount (12.5% is 125,000), so a percent of a whole
 * number of cents is an exact integer ratio and no binary fraction can tip a half cent the wrong way.
 */

/** A percent (at most four decimals, as the scenario file allows) as millionths: 12.5 → 125,000. */
export const percentMillionths = (percent: number): number => Math.round(percent * 10_000);

/** Whole cents of an amount in currency units: 99.99 → 9,999, half a cent up. */
export function centsOf(amount: number): number {
  const scaled = amount * 100;
  const whole = Math.floor(scaled);
  // 1.005 × 100 is 100.49999999999999 in binary: a tolerance far below a cent keeps the half.
  return scaled - whole >= 0.5 - 1e-7 ? whole + 1 : whole;
}

const MILLION = 1_000_000;

/**
 * `millionths` of `cents` (a whole, non-negative number of cents), rounded half-up to the cent,
 * computed in integers: the quotient and remainder of cents × millionths ÷ 1,000,000.
 */
export function percentOfCents(cents: number, millionths: number): number {
  const product = cents * millionths;
  if (product > Number.MAX_SAFE_INTEGER) return Math.floor(product / MILLION + 0.5);
  let quotient = Math.floor(product / MILLION);
  let remainder = product - quotient * MILLION;
  // The division is rounded to the nearest double, which can land on the next integer.
  if (remainder < 0) {
    quotient -= 1;
    remainder += MILLION;
  }
  return remainder * 2 >= MILLION ? quotient + 1 : quotient;
}

/** Half-up rounding of an expectation in cents (a projected, survival-weighted amount). */
export const roundExpected = (cents: number): number => Math.floor(cents + 0.5);

/** Cents as currency units for output: 1234 → 12.34. */
export const unitsOf = (cents: number): number => Math.round(cents) / 100;
