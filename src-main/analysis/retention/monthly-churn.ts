import { checkedDayOf, civilFromDays, daysInMonth } from '../../../src-shared/calendar/days';
import { monthLabel, monthOfDay } from '../../../src-shared/calendar/months';

export interface ChurnAccount {
  start: string;
  churn: string | null;
}

export interface MonthlyChurnRow {
  /** 'YYYY-MM'. */
  month: string;
  /** Customers that started before the month and had not churned before it. */
  activeAtStart: number;
  /** Of those, the ones that churned in the month. */
  churned: number;
  /** churned ÷ activeAtStart; null in a month with no customers at its start. */
  rate: number | null;
  /** Mean of the rates of this and the five previous complete months that have one; null if none. */
  trailingSixMonthAverage: number | null;
  /** The month of `asOf`, unless `asOf` is its last day: its churn is counted only up to `asOf`. */
  partial: boolean;
}

export interface MonthlyChurn {
  months: MonthlyChurnRow[];
  /** The trailing six-month average at the latest complete month. */
  trailingSixMonthAverage: number | null;
}

/**
 * Customer churn by calendar month (DESIGN section 4): customers that churned in the month, not
 * counting those that started in it, over customers active at the month's start. A customer is
 * active at the start of month M when it started before M's first day and had not churned before
 * it; a churn on the first day of M counts in M. Starts and churns after `asOf` are ignored (the
 * account is treated as not yet started, or as still active). A churn date before the start is read
 * as a churn at the start. Months run from the earliest start to the month of `asOf`.
 *
 * The trailing average is the plain mean of the monthly rates in the six-month window, skipping
 * months without customers; the partial month of `asOf` never enters it, and its own row carries a
 * null average. O(accounts + months).
 */
export function monthlyChurn(accounts: readonly ChurnAccount[], asOf: string): MonthlyChurn {
  const cutoff = asOf.slice(0, 10);
  const lastMonth = monthIndex(cutoff);
  let firstMonth = Infinity;
  for (const account of accounts) {
    const start = account.start.slice(0, 10);
    if (start <= cutoff) firstMonth = Math.min(firstMonth, monthIndex(start));
  }
  if (firstMonth === Infinity) return { months: [], trailingSixMonthAverage: null };
  const span = lastMonth - firstMonth + 1;
  const activeChange = new Float64Array(span + 1);
  const churned = new Float64Array(span);
  for (const account of accounts) {
    const start = account.start.slice(0, 10);
    if (start > cutoff) continue;
    const startMonth = monthIndex(start) - firstMonth;
    const churn = account.churn === null ? null : account.churn.slice(0, 10);
    const churnedByCutoff = churn !== null && churn <= cutoff;
    const churnMonth = churnedByCutoff ? Math.max(startMonth, monthIndex(churn) - firstMonth) : -1;
    const lastActiveMonth = churnedByCutoff ? churnMonth : span - 1;
    if (lastActiveMonth > startMonth) {
      activeChange[startMonth + 1]++;
      activeChange[lastActiveMonth + 1]--;
      if (churnedByCutoff) churned[churnMonth]++;
    }
  }
  const { year, month, day } = civilFromDays(checkedDayOf(cutoff));
  const lastIsPartial = day < daysInMonth(year, month);
  const months: MonthlyChurnRow[] = [];
  let active = 0;
  for (let m = 0; m < span; m++) {
    active += activeChange[m];
    months.push({
      month: monthLabel(firstMonth + m),
      activeAtStart: active,
      churned: churned[m],
      rate: active > 0 ? churned[m] / active : null,
      trailingSixMonthAverage: null,
      partial: lastIsPartial && m === span - 1,
    });
  }
  for (let m = 0; m < span; m++) {
    if (months[m].partial) continue;
    let sum = 0;
    let count = 0;
    for (let w = Math.max(0, m - 5); w <= m; w++) {
      const rate = months[w].rate;
      if (rate !== null && !months[w].partial) {
        sum += rate;
        count++;
      }
    }
    months[m].trailingSixMonthAverage = count > 0 ? sum / count : null;
  }
  const latestComplete = months.findLast((row) => !row.partial);
  return {
    months,
    trailingSixMonthAverage: latestComplete?.trailingSixMonthAverage ?? null,
  };
}

/** The month of a real date (a longer timestamp is read by its date); throws for one that does not exist. */
const monthIndex = (iso: string): number => monthOfDay(checkedDayOf(iso));
