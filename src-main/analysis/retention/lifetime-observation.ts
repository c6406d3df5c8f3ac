import { completedMonths } from './completed-months';

/** One account's lifetime in whole months: churned (event) or still active (censored) at `time`. */
export interface LifetimeObservation {
  time: number;
  event: boolean;
}

/** The same observations as columns, for large groups. `event` is 1 for churn, 0 for censored. */
export interface LifetimeColumns {
  time: Float64Array;
  event: Uint8Array;
}

export type Lifetimes = readonly LifetimeObservation[] | LifetimeColumns;

/**
 * The lifetime of an account as of a date. A churn on or before `asOf` is an event at the completed
 * months from the first paid start to the churn date (0 when it churned within its first month, or
 * when the churn date precedes the start). Otherwise the account is censored at its completed
 * months at `asOf` (a churn after `asOf` is not known yet). Null for an account starting after
 * `asOf`: it was not a customer then.
 */
export function lifetimeObservation(
  firstStart: string,
  churnDate: string | null,
  asOf: string,
): LifetimeObservation | null {
  const start = firstStart.slice(0, 10);
  const cutoff = asOf.slice(0, 10);
  if (start > cutoff) return null;
  const churn = churnDate === null ? null : churnDate.slice(0, 10);
  if (churn !== null && churn <= cutoff) {
    return { time: completedMonths(start, churn), event: true };
  }
  return { time: completedMonths(start, cutoff), event: false };
}

export function isLifetimeColumns(lifetimes: Lifetimes): lifetimes is LifetimeColumns {
  return !Array.isArray(lifetimes);
}

export function toLifetimeColumns(lifetimes: Lifetimes): LifetimeColumns {
  if (isLifetimeColumns(lifetimes)) {
    if (lifetimes.time.length !== lifetimes.event.length) {
      throw new RangeError('time and event columns differ in length');
    }
    return lifetimes;
  }
  const time = new Float64Array(lifetimes.length);
  const event = new Uint8Array(lifetimes.length);
  for (let i = 0; i < lifetimes.length; i++) {
    time[i] = lifetimes[i].time;
    event[i] = lifetimes[i].event ? 1 : 0;
  }
  return { time, event };
}
