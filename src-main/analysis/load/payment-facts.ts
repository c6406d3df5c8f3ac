import type Database from 'better-sqlite3';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { NO_DAY, dayOrNone } from './account-columns';
import { mergeByAccount } from './merge-by-account';

/**
 * Payment statuses that mean no money arrived. A refunded payment did arrive and is counted, with
 * its refund subtracted.
 */
export const unpaidStatuses = [
  'failed',
  'declined',
  'canceled',
  'cancelled',
  'void',
  'voided',
  'pending',
  'uncaptured',
  'requires_payment_method',
] as const;
const unpaidList = unpaidStatuses.map((s) => `'${s}'`).join(', ');

/** The SQL condition of a payment that brought money in, for payments aliased `p`. */
export const paidPaymentCondition = `p.amount > 0 AND lower(coalesce(p.status, 'paid')) NOT IN (${unpaidList})`;

/** Refunded part of a payment: the refunded amount, or all of it when only the status says so. */
export const refundedExpression = `min(p.amount, coalesce(p.refunded_amount, CASE WHEN lower(p.status) = 'refunded' THEN p.amount ELSE 0 END))`;

export interface PaymentFacts {
  /** Whether the workspace has any payment at all: without one, revenue is estimated. */
  present: boolean;
  firstPaidDay: Int32Array;
  lastPaidDay: Int32Array;
  /** Gross paid and refunded, in the base currency; NaN-free, unconvertible amounts left out. */
  gross: Float64Array;
  refunded: Float64Array;
  payments: Int32Array;
  refundedPayments: Int32Array;
  excluded: Map<number, Set<string>>;
}

type PaymentRow = [string, string, number, number, number, string, string, number];

/** Money is rounded to a millionth after summing, so sums made in another order compare equal. */
export const roundMoney = (x: number): number => Math.round(x * 1e6) / 1e6;

export function readPaymentFacts(
  db: Database.Database,
  ids: readonly string[],
  nextDay: string,
  currency: CurrencyContext,
): PaymentFacts {
  const n = ids.length;
  const facts: PaymentFacts = {
    present: (db.prepare('SELECT 1 FROM payments LIMIT 1').get() ?? null) !== null,
    firstPaidDay: new Int32Array(n).fill(NO_DAY),
    lastPaidDay: new Int32Array(n).fill(NO_DAY),
    gross: new Float64Array(n),
    refunded: new Float64Array(n),
    payments: new Int32Array(n),
    refundedPayments: new Int32Array(n),
    excluded: new Map(),
  };
  if (!facts.present) return facts;
  const rows = db
    .prepare(
      `SELECT p.account_id, upper(coalesce(p.currency, '')), count(*), total(p.amount),
              total(${refundedExpression}), min(p.paid_at), max(p.paid_at),
              sum(${refundedExpression} > 0)
       FROM payments p
       WHERE p.account_id IS NOT NULL AND p.paid_at < ? AND ${paidPaymentCondition}
       GROUP BY p.account_id, 2 ORDER BY p.account_id, 2`,
    )
    .raw()
    .iterate(nextDay) as IterableIterator<PaymentRow>;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => {
      const code = r[1] === '' ? null : r[1];
      const gross = toBaseCurrency(r[3], code, currency);
      const refunded = toBaseCurrency(r[4], code, currency);
      const first = dayOrNone(r[5]);
      const last = dayOrNone(r[6]);
      if (facts.firstPaidDay[i] === NO_DAY || first < facts.firstPaidDay[i])
        facts.firstPaidDay[i] = first;
      if (last > facts.lastPaidDay[i]) facts.lastPaidDay[i] = last;
      facts.payments[i] = facts.payments[i] + r[2];
      facts.refundedPayments[i] = facts.refundedPayments[i] + r[7];
      if (gross === null || refunded === null) {
        let set = facts.excluded.get(i);
        if (!set) facts.excluded.set(i, (set = new Set()));
        set.add(r[1]);
        return;
      }
      facts.gross[i] = roundMoney(facts.gross[i] + gross);
      facts.refunded[i] = roundMoney(facts.refunded[i] + refunded);
    },
  );
  return facts;
}
