import type Database from 'better-sqlite3';
import type {
  MovementEvent,
  PaymentEvent,
  SubscriptionEvent,
} from '../../../src-shared/model/accounts';
import type { MovementType } from '../../../src-shared/model/analysis/retention';
import { deriveMovements, type MrrMovement } from '../metrics/mrr-movements';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { isTrialStatus, type SubscriptionRow } from '../load/subscription-rows';
import { neverRan } from '../status/account-status';
import { prepared } from './statements';

interface StoredSubscription {
  subscription_id: string;
  plan: string | null;
  start_date: string;
  end_date: string | null;
  mrr: number | null;
  currency: string | null;
  billing_interval: string | null;
  status: string | null;
  cancel_reason: string | null;
}

/** The account's subscriptions in start order, each once as the timeline shows it. */
export function readSubscriptions(db: Database.Database, accountId: string): StoredSubscription[] {
  return prepared(
    db,
    `SELECT subscription_id, plan, start_date, end_date, mrr, currency, billing_interval, status,
            cancel_reason
     FROM subscriptions WHERE account_id = ? AND start_date IS NOT NULL
     ORDER BY start_date, subscription_id`,
  ).all(accountId) as StoredSubscription[];
}

export function subscriptionEvents(rows: readonly StoredSubscription[]): SubscriptionEvent[] {
  return rows.map((s) => ({
    kind: 'subscription',
    key: `subscription:${s.subscription_id}`,
    date: s.start_date,
    subscriptionId: s.subscription_id,
    plan: s.plan,
    mrr: s.mrr,
    currency: s.currency,
    interval: s.billing_interval,
    status: s.status,
    endDate: s.end_date,
  }));
}

/** A movement as the timeline files it: a cancellation, a plan change, or another change of MRR. */
function movementKind(type: MovementType, planFrom: string | null, planTo: string | null) {
  if (type === 'churn') return 'cancellation' as const;
  return planFrom !== null && planTo !== null && planFrom !== planTo
    ? ('planChange' as const)
    : ('mrr' as const);
}

export interface MovementOptions {
  asOf: string;
  /** The account's first paid day, from which movements count; null if it never paid. */
  paidFrom: string | null;
  currency: CurrencyContext;
}

/**
 * The account's MRR movements, derived from its subscriptions by the engine's own rule
 * (`deriveMovements`, as the analysis counts expansions) up to the as-of date. Amounts stay in the
 * subscriptions' currency when they share one; mixed currencies are converted to the base
 * currency, and when one has no rate nothing is derived (the currencies are returned instead).
 */
export function derivedMovementEvents(
  rows: readonly StoredSubscription[],
  options: MovementOptions,
): { events: MovementEvent[]; leftOut: string[] } {
  if (options.paidFrom === null) return { events: [], leftOut: [] };
  const subscriptions: SubscriptionRow[] = rows
    .map((s) => ({
      plan: s.plan,
      start: s.start_date.slice(0, 10),
      end: s.end_date === null ? null : s.end_date.slice(0, 10),
      mrr: s.mrr,
      currency: s.currency,
      status: s.status,
    }))
    // As the analysis reads them: started by the as-of date, and not cancelled before paying.
    .filter((s) => s.start <= options.asOf && !neverRan(s));
  const codes = new Set(
    subscriptions.filter((s) => s.mrr !== null).map((s) => s.currency?.toUpperCase() ?? null),
  );
  const base = options.currency.base;
  const own = codes.size <= 1 ? ([...codes][0] ?? base) : null;
  let movements: MrrMovement[] | null;
  if (own !== null) {
    movements = deriveMovements(subscriptions, options.paidFrom, options.asOf, (s) => s.mrr);
  } else {
    movements = deriveMovements(subscriptions, options.paidFrom, options.asOf, (s) =>
      s.mrr === null ? 0 : toBaseCurrency(s.mrr, s.currency, options.currency),
    );
    if (movements === null) {
      const leftOut = [...codes]
        .map((c) => c ?? base)
        .filter((c) => toBaseCurrency(1, c, options.currency) === null);
      return { events: [], leftOut: [...new Set(leftOut)].sort() };
    }
  }
  const reasons = new Map<string, string>();
  for (const s of rows)
    if (s.end_date !== null && s.cancel_reason)
      reasons.set(s.end_date.slice(0, 10), s.cancel_reason);
  const events = (movements ?? []).map((m): MovementEvent => ({
    kind: movementKind(m.type, m.planFrom, m.planTo),
    key: `movement:${m.date}:${m.type}`,
    date: m.date,
    movement: m.type,
    mrrDelta: m.mrrDelta,
    currency: own ?? base,
    planFrom: m.planFrom,
    planTo: m.planTo,
    reason: m.type === 'churn' ? (reasons.get(m.date) ?? null) : null,
    source: 'derived',
  }));
  return { events, leftOut: [] };
}

/** Whether the workspace has imported MRR movements, which replace the derived ones everywhere. */
export function hasImportedMovements(db: Database.Database): boolean {
  return prepared(db, 'SELECT 1 FROM mrr_movements LIMIT 1').get() !== undefined;
}

/** The account's imported MRR movements, as the export gives them. */
export function importedMovementEvents(
  db: Database.Database,
  accountId: string,
  base: string,
): MovementEvent[] {
  const rows = prepared(
    db,
    `SELECT date, type, mrr_delta, currency, plan_from, plan_to FROM mrr_movements
     WHERE account_id = ? ORDER BY date, type`,
  ).all(accountId) as {
    date: string;
    type: MovementType;
    mrr_delta: number | null;
    currency: string | null;
    plan_from: string | null;
    plan_to: string | null;
  }[];
  return rows.map((r) => ({
    kind: movementKind(r.type, r.plan_from, r.plan_to),
    key: `movement:${r.date}:${r.type}`,
    date: r.date,
    movement: r.type,
    mrrDelta: r.mrr_delta,
    currency: r.currency?.toUpperCase() ?? base,
    planFrom: r.plan_from,
    planTo: r.plan_to,
    reason: null,
    source: 'imported',
  }));
}

/**
 * The first paid day for an account the analysis has not seen: its first subscription that is not
 * a trial and charges something, as the analysis decides on the subscriptions basis.
 */
export function firstPaidSubscription(rows: readonly StoredSubscription[]): string | null {
  const paid = rows.find(
    (s) =>
      !isTrialStatus(s.status) &&
      !neverRan({ start: s.start_date, end: s.end_date }) &&
      (s.mrr === null || s.mrr > 0),
  );
  return paid ? paid.start_date.slice(0, 10) : null;
}

/** Every payment with its date; a payment refunded in part or in whole is a refund. */
export function paymentEvents(db: Database.Database, accountId: string): PaymentEvent[] {
  const rows = prepared(
    db,
    `SELECT payment_id, paid_at, amount, currency, refunded_amount, status FROM payments
     WHERE account_id = ? AND paid_at IS NOT NULL ORDER BY paid_at, payment_id`,
  ).all(accountId) as {
    payment_id: string;
    paid_at: string;
    amount: number | null;
    currency: string | null;
    refunded_amount: number | null;
    status: string | null;
  }[];
  return rows.map((p) => ({
    kind: (p.refunded_amount ?? 0) > 0 ? 'refund' : 'payment',
    key: `payment:${p.payment_id}`,
    date: p.paid_at,
    paymentId: p.payment_id,
    amount: p.amount,
    refunded: p.refunded_amount,
    currency: p.currency,
    status: p.status,
  }));
}
