import { dayOf, isoOf } from '../../../src-shared/calendar/days';
import { wholeMonthsBetween } from '../../../src-shared/calendar/months';
import { accountStatus } from '../status/account-status';
import { NO_DAY } from './account-columns';
import { ACTIVE, CHURNED, type CoreFacts } from './core-facts';
import { roundMoney } from './payment-facts';
import { isTrialStatus, type SubscriptionRow } from './subscription-rows';

/** The steps that tell one account's customer lifetime: when it started, paid, churned. */

export type SubscriptionMrr = (s: SubscriptionRow) => number | null;

/** Early actions count from the account's start: its signup, or an earlier first subscription. */
export function noteEarliestStart(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
) {
  if (started.length === 0) return;
  const first = dayOf(started[0]?.start ?? facts.asOf);
  if (facts.startDay[i] === NO_DAY || first < facts.startDay[i]) facts.startDay[i] = first;
}

/**
 * Active or churned at the as-of date, judged by the paid subscriptions. A trial is not a paid
 * subscription: one running after the paid ones ended does not keep the account active or bring
 * it back. Only an account with nothing but trials is judged by them (and it is a prospect until
 * it pays).
 */
export function paidStatus(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  status: string | null,
) {
  const paid = started.filter((s) => !isTrialStatus(s.status));
  return accountStatus(
    {
      churnDate: facts.rawChurnDate[i] ?? null,
      status,
      subscriptions: (paid.length > 0 ? paid : started).map((s) => ({
        start: s.start,
        end: s.end,
      })),
    },
    facts.asOf,
  );
}

/** State, first paid day, churn day (recorded or estimated) and tenure of a paying account. */
export function recordLifetime(
  facts: CoreFacts,
  i: number,
  status: ReturnType<typeof accountStatus>,
  started: readonly SubscriptionRow[],
  paidDay: number,
) {
  facts.firstPaidDay[i] = paidDay;
  facts.reactivated[i] = status.reactivated ? 1 : 0;
  if (status.status === 'churned') {
    facts.state[i] = CHURNED;
    let churn = status.churnDate === null ? NO_DAY : dayOf(status.churnDate);
    if (churn === NO_DAY) {
      // Only a status says so: the account was last seen paying, ending or starting a
      // subscription, and left after that.
      facts.churnEstimated[i] = 1;
      churn = Math.max(facts.payments.lastPaidDay[i], lastSeenDay(started, facts.asOf));
    }
    facts.churnDay[i] = Math.max(churn, paidDay);
  } else {
    facts.state[i] = ACTIVE;
  }
  const endDay = facts.state[i] === CHURNED ? facts.churnDay[i] : facts.asOfDay;
  facts.tenureMonths[i] = wholeMonthsBetween(paidDay, endDay);
}

/** The last day a subscription was seen ending (by the as-of date) or starting. */
function lastSeenDay(started: readonly SubscriptionRow[], asOf: string): number {
  let lastSeen: string | null = null;
  for (const s of started) {
    const seen = s.end !== null && s.end <= asOf ? s.end : s.start;
    if (lastSeen === null || seen > lastSeen) lastSeen = seen;
  }
  return lastSeen === null ? NO_DAY : dayOf(lastSeen);
}

/** Current plan and MRR: the running, non-trial subscriptions at the as-of date. */
export function recordCurrentMrr(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  mrrOf: SubscriptionMrr,
) {
  const running = started.filter(
    (s) => (s.end === null || s.end > facts.asOf) && !isTrialStatus(s.status),
  );
  const latest = started.at(-1);
  facts.plan.set(i, running.at(-1)?.plan ?? latest?.plan ?? facts.crmPlan.get(i));
  if (facts.state[i] === ACTIVE && running.length > 0) {
    let total = 0;
    let known = true;
    for (const s of running) {
      const value = mrrOf(s);
      if (value === null) known = false;
      else total += value;
    }
    facts.mrr[i] = known ? roundMoney(total) : NaN;
  } else if (facts.state[i] === CHURNED) {
    facts.mrr[i] = 0;
  }
}

/** The first paid start by the workspace's customer basis; null for an account that never paid. */
export function firstPaidStart(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  firstStart: string | null,
): string | null {
  if (facts.basis === 'payments') {
    const day = facts.payments.firstPaidDay[i];
    return day === NO_DAY ? null : isoOf(day);
  }
  if (facts.basis === 'subscriptions') {
    const paid = started.find((s) => !isTrialStatus(s.status) && (s.mrr === null || s.mrr > 0));
    return paid ? paid.start : null;
  }
  return firstStart;
}

/**
 * Whether an account that never paid had subscriptions, and all the ones known by the as-of date
 * had ended by then: a trial cancelled during the trial (or a first charge that never went through).
 */
export function cancelledBeforePaying(
  subscriptions: readonly SubscriptionRow[],
  asOf: string,
): boolean {
  let known = 0;
  for (const s of subscriptions) {
    const ended = s.end !== null && s.end <= asOf;
    if (s.start > asOf && !ended) continue;
    if (!ended) return false;
    known++;
  }
  return known > 0;
}

/** Minimal master data: accounts without subscriptions are customers from their signup date. */
export function markAccountsOnly(facts: CoreFacts, statusOf: (i: number) => string | null): void {
  for (let i = 0; i < facts.n; i++) {
    const signup = facts.signupDay[i];
    if (signup === NO_DAY || signup > facts.asOfDay) continue;
    const status = accountStatus(
      { churnDate: facts.rawChurnDate[i] ?? null, status: statusOf(i), subscriptions: [] },
      facts.asOf,
    );
    facts.firstPaidDay[i] = signup;
    facts.plan.set(i, facts.crmPlan.get(i));
    if (status.status === 'churned') {
      facts.state[i] = CHURNED;
      facts.churnDay[i] =
        status.churnDate === null ? signup : Math.max(signup, dayOf(status.churnDate));
      facts.churnEstimated[i] = status.churnDate === null ? 1 : 0;
    } else facts.state[i] = ACTIVE;
    const end = facts.state[i] === CHURNED ? facts.churnDay[i] : facts.asOfDay;
    facts.tenureMonths[i] = wholeMonthsBetween(signup, end);
    facts.realised[i] = NaN;
  }
}
