import type { FileSpec } from '../file-spec';
import { date, lower, number, text, timestamp, upper, ValueError } from '../values';

const monthsPerInterval: Readonly<Record<string, number>> = {
  day: 12 / 365,
  week: 12 / 52,
  month: 1,
  year: 12,
};

/** Monthly recurring revenue of a subscription row: unit amount × quantity, per month. */
export function monthlyRecurringRevenue(
  amount: string | undefined,
  quantity: string | undefined,
  interval: string | undefined,
): number | null {
  const unit = number(amount);
  if (unit === null) return null;
  const months = monthsPerInterval[lower(interval) ?? 'month'];
  if (months === undefined) throw new ValueError(`"${interval}" is not a billing interval`);
  return Math.round(((unit * (number(quantity) ?? 1)) / months) * 100) / 100;
}

/**
 * Tenure counts from the first paid day: a subscription that began with a trial starts when the
 * trial ends. One cancelled during its trial therefore ends before it starts, and never ran.
 */
export function paidStart(start: string | undefined, trialEnd: string | undefined): string | null {
  const begun = date(start);
  const paid = date(trialEnd);
  return paid !== null && (begun === null || paid > begun) ? paid : begun;
}

export const stripeSubscriptions: FileSpec = {
  file: 'stripe-subscriptions.csv',
  kind: 'subscriptions',
  keys: ['subscription_id'],
  columns: [
    'account_id',
    'plan',
    'start_date',
    'end_date',
    'mrr',
    'currency',
    'billing_interval',
    'status',
    'cancel_reason',
  ],
  mapped: [
    'id',
    'account_id (metadata)',
    'Product',
    'Start (UTC)',
    'Ended At (UTC)',
    'Currency',
    'Interval',
    'Status',
    'Cancellation Feedback',
  ],
  map: (r) => {
    const reason = lower(r['Cancellation Reason']);
    return {
      subscription_id: text(r['id']),
      account_id: text(r['account_id (metadata)']),
      plan: text(r['Product']),
      start_date: paidStart(r['Start (UTC)'], r['Trial End (UTC)']),
      // A cancellation scheduled for the end of the period ends the subscription then.
      end_date: date(r['Ended At (UTC)']) ?? date(r['Cancel At (UTC)']),
      mrr: monthlyRecurringRevenue(r['Amount'], r['Quantity'], r['Interval']),
      currency: upper(r['Currency']),
      billing_interval: lower(r['Interval']),
      status: lower(r['Status']),
      cancel_reason:
        lower(r['Cancellation Feedback']) ?? (reason === 'payment_failed' ? reason : null),
    };
  },
};

export const stripePayments: FileSpec = {
  file: 'stripe-payments.csv',
  kind: 'payments',
  keys: ['payment_id'],
  columns: ['account_id', 'paid_at', 'amount', 'currency', 'refunded_amount', 'status'],
  mapped: [
    'id',
    'account_id (metadata)',
    'Created (UTC)',
    'Amount',
    'Currency',
    'Amount Refunded',
    'Status',
  ],
  map: (r) => ({
    payment_id: text(r['id']),
    account_id: text(r['account_id (metadata)']),
    paid_at: timestamp(r['Created (UTC)']),
    amount: number(r['Amount']),
    currency: upper(r['Currency']),
    refunded_amount: number(r['Amount Refunded']),
    status: lower(r['Status']),
  }),
};
