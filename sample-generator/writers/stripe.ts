import { spaceTime, type Moment } from '../calendar';
import { yearlyUnitPrice } from '../catalog/product';
import { money, type CsvValue } from '../csv-writer';
import type { Charge, SubscriptionRow } from '../lifecycle';
import type { SampleAccount } from '../sample-account';

/** Stripe dashboard subscriptions export; the shared key travels as metadata. */
export const subscriptionsHeader = [
  'id',
  'Customer ID',
  'Customer Description',
  'Plan',
  'Product',
  'Quantity',
  'Currency',
  'Interval',
  'Amount',
  'Status',
  'Created (UTC)',
  'Start (UTC)',
  'Current Period Start (UTC)',
  'Current Period End (UTC)',
  'Trial Start (UTC)',
  'Trial End (UTC)',
  'Coupon',
  'Canceled At (UTC)',
  'Cancel At Period End',
  'Cancel At (UTC)',
  'Ended At (UTC)',
  'Cancellation Reason',
  'Cancellation Feedback',
  'Cancellation Comment',
  'account_id (metadata)',
] as const;

const at = (day: number | null, seconds: number): string =>
  day === null ? '' : spaceTime({ day, seconds });
const time = (m: Moment | null): string => (m === null ? '' : spaceTime(m));

export function subscriptionRows(a: SampleAccount): CsvValue[][] {
  return a.lifecycle.subscriptions.map((s: SubscriptionRow) => {
    const seconds = s.created.seconds;
    return [
      s.id,
      a.profile.stripeCustomerId,
      a.profile.name,
      `${s.plan.name} ${s.interval === 'year' ? 'Yearly' : 'Monthly'}`,
      s.plan.name,
      s.seats,
      a.profile.currency,
      s.interval,
      money(s.interval === 'year' ? yearlyUnitPrice(s.plan) : s.plan.monthlyUnitPrice),
      s.status,
      time(s.created),
      time(s.created),
      at(s.periodStart, seconds),
      at(s.periodEnd, seconds),
      at(s.trialStart, seconds),
      at(s.trialEnd, seconds),
      s.coupon?.code ?? '',
      time(s.canceledAt),
      s.cancelAt === null ? 'false' : 'true',
      at(s.cancelAt, seconds),
      time(s.endedAt),
      s.reason ?? '',
      s.feedback ?? '',
      s.comment,
      a.profile.id,
    ];
  });
}

/** Stripe payments export (a subset of its columns); amounts in major units, currency in lower case. */
export const paymentsHeader = [
  'id',
  'Created (UTC)',
  'Amount',
  'Amount Refunded',
  'Currency',
  'Captured',
  'Fee',
  'Status',
  'Seller Message',
  'Customer ID',
  'Card Brand',
  'account_id (metadata)',
] as const;

const brands = ['Visa', 'Visa', 'Visa', 'Mastercard', 'Mastercard', 'American Express'] as const;

export function paymentRows(a: SampleAccount): CsvValue[][] {
  const brand = brands[a.profile.index % brands.length] as string;
  return a.lifecycle.charges.map((c: Charge) => {
    const paid = c.status === 'paid';
    const status = !paid ? 'Failed' : c.refunded >= c.amount ? 'Refunded' : 'Paid';
    return [
      c.id,
      spaceTime(c.at),
      money(c.amount),
      money(c.refunded),
      c.currency,
      paid ? 'true' : 'false',
      paid ? money(c.amount * 0.029 + 0.3) : '0.00',
      status,
      paid ? '' : c.declineMessage,
      a.profile.stripeCustomerId,
      c.id.startsWith('py_') ? '' : brand,
      a.profile.id,
    ];
  });
}
