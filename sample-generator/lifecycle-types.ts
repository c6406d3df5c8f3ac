import type { AccountProfile, BillingInterval, Currency } from './account-profile';
import type { Day, Moment } from './calendar';
import type { ChurnFeedback, Plan } from './catalog/product';
import type { IdFactory } from './ids';
import type { Coupon } from './partners-model';
import type { Random } from './random';

/** One row of the Stripe subscriptions export: a plan change ends one row and starts the next. */
export interface SubscriptionRow {
  id: string;
  plan: Plan;
  seats: number;
  interval: BillingInterval;
  created: Moment;
  trialStart: Day | null;
  trialEnd: Day | null;
  coupon: Coupon | null;
  /** When the customer asked to cancel. */
  canceledAt: Moment | null;
  /** A cancellation scheduled for the end of the paid period, after the as-of date. */
  cancelAt: Day | null;
  endedAt: Moment | null;
  status: 'active' | 'trialing' | 'past_due' | 'canceled';
  reason: 'cancellation_requested' | 'payment_failed' | null;
  feedback: ChurnFeedback | null;
  comment: string;
  /** The billing period that contains the as-of date, or the last one billed. */
  periodStart: Day;
  periodEnd: Day;
}

export interface Charge {
  id: string;
  at: Moment;
  amount: number;
  currency: Currency;
  status: 'paid' | 'failed';
  refunded: number;
  subscription: SubscriptionRow;
  /** The first successful charge of the account's first paid spell. */
  first: boolean;
  /** Stripe's seller message for a declined charge. */
  declineMessage: string;
}

/** A stretch of time with a running subscription, trials included. */
export interface Spell {
  start: Day;
  /** The day it ended, on or before the as-of date; null while running. */
  end: Day | null;
  /** Ends with a cancellation that is already scheduled after the as-of date. */
  scheduledEnd: Day | null;
  trialOnly: boolean;
  paidStart: Day | null;
}

export type AccountStatusLabel = 'Active' | 'Churned' | 'Trial' | 'Trial cancelled';

export interface Lifecycle {
  subscriptions: SubscriptionRow[];
  charges: Charge[];
  spells: Spell[];
  firstPaid: Day | null;
  status: AccountStatusLabel;
  /** The latest churn, kept after a reactivation as CRMs keep it. */
  churnDate: Day | null;
  churnReason: ChurnFeedback | 'payment_failed' | null;
  current: SubscriptionRow;
}

/** What the simulation of one account carries from step to step. */
export interface LifecycleState {
  rng: Random;
  ids: IdFactory;
  profile: AccountProfile;
  subscriptions: SubscriptionRow[];
  charges: Charge[];
  spells: Spell[];
  churnDate: Day | null;
  churnReason: ChurnFeedback | 'payment_failed' | null;
  firstChargeDone: boolean;
}
