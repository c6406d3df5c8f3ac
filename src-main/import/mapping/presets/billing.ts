import type { Preset } from '../preset-types';

/** Stripe's dashboard exports (customers, subscriptions, payments). */
export const stripePresets: readonly Preset[] = [
  {
    name: 'stripe-customers',
    label: 'Stripe customers',
    kind: 'accounts',
    signature: [
      'delinquent',
      'card id',
      'created utc',
      'default source',
      'account balance',
      'business vat id',
    ],
    fields: [
      { field: 'account_id', headers: ['account id metadata', 'id'] },
      { field: 'name', headers: ['name', 'description'] },
      { field: 'signup_date', headers: ['created utc'] },
      { field: 'plan', headers: ['plan'] },
      { field: 'status', headers: ['status'] },
    ],
  },
  {
    name: 'stripe-subscriptions',
    label: 'Stripe subscriptions',
    kind: 'subscriptions',
    signature: [
      'current period start utc',
      'current period end utc',
      'cancel at period end',
      'trial end utc',
      'ended at utc',
      'canceled at utc',
    ],
    fields: [
      { field: 'subscription_id', headers: ['id', 'subscription id'] },
      { field: 'account_id', headers: ['account id metadata', 'customer id', 'customer'] },
      { field: 'plan', headers: ['product', 'plan'] },
      {
        field: 'start_date',
        parts: [['start utc', 'start date utc', 'created utc'], ['trial end utc']],
        transform: 'latest',
      },
      { field: 'end_date', headers: ['ended at utc', 'cancel at utc'], coalesce: true },
      {
        field: 'mrr',
        parts: [['amount', 'plan amount'], ['quantity'], ['interval', 'plan interval']],
        transform: 'monthly-price',
      },
      { field: 'currency', headers: ['currency', 'plan currency'] },
      { field: 'billing_interval', headers: ['interval', 'plan interval'] },
      { field: 'status', headers: ['status'] },
      {
        field: 'cancel_reason',
        parts: [['cancellation feedback'], ['cancellation reason']],
        transform: 'stripe-cancel-reason',
      },
    ],
  },
  {
    name: 'stripe-payments',
    label: 'Stripe payments',
    kind: 'payments',
    signature: [
      'amount refunded',
      'captured',
      'seller message',
      'card brand',
      'fee',
      'converted amount',
    ],
    fields: [
      { field: 'payment_id', headers: ['id'] },
      { field: 'account_id', headers: ['account id metadata', 'customer id', 'customer'] },
      { field: 'paid_at', headers: ['created utc', 'created date utc'] },
      { field: 'amount', headers: ['amount'] },
      { field: 'currency', headers: ['currency'] },
      { field: 'refunded_amount', headers: ['amount refunded'] },
      { field: 'status', headers: ['status'] },
    ],
  },
];
