import type Database from 'better-sqlite3';
import {
  timelineKinds,
  type AccountEvent,
  type AccountTimeline,
  type MovementEvent,
  type TimelineEvent,
  type TimelineKind,
} from '../../../src-shared/model/accounts';
import { todayIso } from '../../../src-shared/calendar/today';
import { currencyContext } from '../money/currency';
import { readAccountMetrics } from '../results/account-reader';
import { readStamp } from '../store/results-reader';
import { prepared } from './statements';
import { surveyEvents, ticketEvents, usageEvents } from './timeline-activity';
import {
  derivedMovementEvents,
  firstPaidSubscription,
  hasImportedMovements,
  importedMovementEvents,
  paymentEvents,
  readSubscriptions,
  subscriptionEvents,
} from './timeline-billing';
import { commissionEvents, referenceEvents, referralEvents } from './timeline-partners';

const kindOrder = new Map<TimelineKind, number>(timelineKinds.map((k, i) => [k, i]));

/**
 * Newest first. On one day, the kinds in reverse of their order, which is the order things happen
 * in (a signup before its subscription, a subscription before its payment), so the oldest event
 * is last; then by key, so the order never varies.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const dayA = a.date.slice(0, 10);
  const dayB = b.date.slice(0, 10);
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const kind = (kindOrder.get(b.kind) ?? 0) - (kindOrder.get(a.kind) ?? 0);
  if (kind !== 0) return kind;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Every touchpoint of one account, read from the canonical tables through their account indexes
 * (one indexed read per table, so the account with the most rows in a million-account workspace
 * opens as fast as any): signup and churn, subscriptions, MRR movements, payments, tickets, survey
 * answers, usage by month, referrals, commissions and reference requests. Movements are derived
 * up to the last analysis's as-of date, or today before the first analysis.
 */
export function readAccountTimeline(db: Database.Database, accountId: string): AccountTimeline {
  const stamp = readStamp(db);
  const asOf = stamp?.asOf ?? todayIso();
  const currency = currencyContext(db);
  const subscriptions = readSubscriptions(db, accountId);
  let movements: { events: MovementEvent[]; leftOut: string[] };
  if (hasImportedMovements(db)) {
    movements = { events: importedMovementEvents(db, accountId, currency.base), leftOut: [] };
  } else {
    const metrics = readAccountMetrics(db, accountId);
    const paidFrom = metrics ? metrics.firstPaidStart : firstPaidSubscription(subscriptions);
    movements = derivedMovementEvents(subscriptions, { asOf, paidFrom, currency });
  }
  const usage = usageEvents(db, accountId);
  const events: TimelineEvent[] = [
    ...accountEvents(db, accountId),
    ...subscriptionEvents(subscriptions),
    ...movements.events,
    ...paymentEvents(db, accountId),
    ...ticketEvents(db, accountId),
    ...surveyEvents(db, accountId),
    ...usage.events,
    ...referralEvents(db, accountId),
    ...commissionEvents(db, accountId),
    ...referenceEvents(db, accountId),
  ].sort(compareEvents);
  const counts = Object.fromEntries(timelineKinds.map((k) => [k, 0])) as Record<
    TimelineKind,
    number
  >;
  for (const e of events) counts[e.kind]++;
  return {
    accountId,
    events,
    counts,
    usageMetrics: usage.metrics,
    asOf,
    movementCurrenciesLeftOut: movements.leftOut,
  };
}

/** The CRM's own dates: when the account signed up and, when it says so, churned. */
function accountEvents(db: Database.Database, accountId: string): AccountEvent[] {
  const row = prepared(db, 'SELECT signup_date, churn_date FROM accounts WHERE account_id = ?').get(
    accountId,
  ) as { signup_date: string | null; churn_date: string | null } | undefined;
  const events: AccountEvent[] = [];
  if (row?.signup_date)
    events.push({
      kind: 'account',
      key: 'account:signup',
      date: row.signup_date,
      change: 'signup',
    });
  if (row?.churn_date)
    events.push({ kind: 'account', key: 'account:churn', date: row.churn_date, change: 'churn' });
  return events;
}
