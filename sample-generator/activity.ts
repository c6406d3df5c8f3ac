import { AS_OF_DAY, firstDayOfMonth, monthOfDay, type Day } from './calendar';
import type { Lifecycle, SubscriptionRow } from './lifecycle';

/** One calendar month in which the account had a running subscription (trials included). */
export interface ActivityMonth {
  month: number;
  firstDay: Day;
  lastDay: Day;
  /** Share of the month's days with a running subscription. */
  fraction: number;
  /** Months since the spell started. */
  monthsIn: number;
  /** Months left until the spell ends by churn (0 in the month it ends); null when it does not end. */
  monthsToChurn: number | null;
  subscription: SubscriptionRow;
  trial: boolean;
}

/** The account's active months in order, from its spells. */
export function activityMonths(lifecycle: Lifecycle): ActivityMonth[] {
  const months: ActivityMonth[] = [];
  for (const spell of lifecycle.spells) {
    const lastActive = spell.end === null ? AS_OF_DAY : Math.max(spell.start, spell.end - 1);
    const churnDay = spell.end ?? spell.scheduledEnd;
    const endsByChurn = churnDay !== null && !(spell.trialOnly && spell.end === null);
    const startMonth = monthOfDay(spell.start);
    const endMonth = monthOfDay(Math.min(lastActive, AS_OF_DAY));
    const churnMonth = endsByChurn && churnDay !== null ? monthOfDay(churnDay) : null;
    for (let m = startMonth; m <= endMonth; m++) {
      const monthFirst = firstDayOfMonth(m);
      const monthLast = firstDayOfMonth(m + 1) - 1;
      const firstDay = Math.max(monthFirst, spell.start);
      const lastDay = Math.min(monthLast, lastActive, AS_OF_DAY);
      const mid = Math.floor((firstDay + lastDay) / 2);
      months.push({
        month: m,
        firstDay,
        lastDay,
        fraction: (lastDay - firstDay + 1) / (monthLast - monthFirst + 1),
        monthsIn: m - startMonth,
        monthsToChurn: churnMonth === null ? null : churnMonth - m,
        subscription: subscriptionOn(lifecycle.subscriptions, mid),
        trial: spell.paidStart === null || mid < spell.paidStart,
      });
    }
  }
  return months;
}

function subscriptionOn(rows: readonly SubscriptionRow[], day: Day): SubscriptionRow {
  let found = rows[0] as SubscriptionRow;
  for (const row of rows) {
    if (row.created.day <= day) found = row;
  }
  return found;
}

/** How much activity falls off as churn approaches: the last three months before leaving. */
export function churnDecline(monthsToChurn: number | null): number {
  if (monthsToChurn === null || monthsToChurn > 2) return 1;
  return monthsToChurn <= 0 ? 0.45 : monthsToChurn === 1 ? 0.62 : 0.82;
}
