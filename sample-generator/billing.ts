import { AS_OF_DAY, later, type Moment } from './calendar';
import { yearlyUnitPrice } from './catalog/product';
import type { Charge, LifecycleState, SubscriptionRow } from './lifecycle-types';
import { clamp } from './random';

/** `moment`, unless it spilled past midnight: then the last second of the anchor's day. */
function sameDay(anchor: Moment, moment: Moment): Moment {
  return moment.day === anchor.day ? moment : { day: anchor.day, seconds: 86_399 };
}

export type BillOutcome = 'paid' | 'refunded' | 'failed' | 'past_due';

const declines = [
  'The bank returned the decline code `insufficient_funds`.',
  'The bank returned the decline code `card_declined`.',
  'The bank returned the decline code `expired_card`.',
  'The bank did not return any further details with this decline.',
] as const;

/**
 * Charges one billing period: the plan's price for the seats, less any coupon. A few charges fail and
 * are usually paid on a retry; one that is never paid ends the subscription. The first payment is
 * sometimes refunded in full, and the customer leaves.
 */
export function bill(
  state: LifecycleState,
  row: SubscriptionRow,
  at: Moment,
  monthsIn: number,
): BillOutcome {
  const { rng, profile } = state;
  const q = profile.quality;
  const unit = row.interval === 'year' ? yearlyUnitPrice(row.plan) : row.plan.monthlyUnitPrice;
  let discount = 0;
  if (row.coupon && monthsIn < row.coupon.months) {
    discount =
      row.interval === 'year'
        ? (row.coupon.percentOff * Math.min(12, row.coupon.months)) / 1200
        : row.coupon.percentOff / 100;
  }
  const amount = Math.round(unit * row.seats * (1 - discount) * 100) / 100;
  const chargeAt = sameDay(at, later(at, rng.int(0, 3600)));

  if (rng.chance(0.02 * Math.exp(-0.35 * q))) {
    state.charges.push(charge(state, row, chargeAt, amount, 'failed', false, rng.pick(declines)));
    if (rng.chance(0.72)) {
      const retryAt = { day: chargeAt.day + rng.int(1, 5), seconds: chargeAt.seconds };
      const retry = sameDay(retryAt, later(retryAt, rng.int(0, 3600)));
      if (retry.day > AS_OF_DAY) return 'past_due';
      return settle(state, row, retry, amount);
    }
    return at.day + 14 > AS_OF_DAY ? 'past_due' : 'failed';
  }
  return settle(state, row, chargeAt, amount);
}

function settle(
  state: LifecycleState,
  row: SubscriptionRow,
  at: Moment,
  amount: number,
): BillOutcome {
  const { rng, profile } = state;
  const first = !state.firstChargeDone;
  state.firstChargeDone = true;
  const paid = charge(state, row, at, amount, 'paid', first, '');
  state.charges.push(paid);
  if (first && rng.chance(clamp(0.012 * profile.refund, 0, 0.6)) && at.day + 20 <= AS_OF_DAY) {
    paid.refunded = amount;
    return 'refunded';
  }
  if (rng.chance(0.006)) paid.refunded = Math.round(amount * rng.between(0.1, 0.5) * 100) / 100;
  return 'paid';
}

function charge(
  state: LifecycleState,
  row: SubscriptionRow,
  at: Moment,
  amount: number,
  status: 'paid' | 'failed',
  first: boolean,
  declineMessage: string,
): Charge {
  const sepa = state.profile.currency === 'eur' && state.profile.index % 3 === 0;
  return {
    id: state.ids.stripe(sepa ? 'py_' : 'ch_', state.rng),
    at,
    amount,
    currency: state.profile.currency,
    status,
    refunded: 0,
    subscription: row,
    first,
    declineMessage,
  };
}
