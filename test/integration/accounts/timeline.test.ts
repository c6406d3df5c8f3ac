import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MovementEvent, TimelineEvent } from '../../../src-shared/model/accounts';
import { readAccountTimeline } from '../../../src-main/analysis/accounts/account-timeline';
import { writeSetting } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

const movements = (events: readonly TimelineEvent[]) =>
  events
    .filter((e): e is MovementEvent => 'movement' in e)
    .map((e) => [e.date, e.kind, e.movement, e.mrrDelta, e.currency, e.planFrom, e.planTo])
    .reverse();

/**
 * One account by hand: a trial, a paid start, an upgrade, a downgrade at the same day its plan
 * ends, and a cancellation with its reason; payments with a refund; a ticket whose subject is one
 * of the help desk's own columns; usage exported per day.
 */
function seedHandAccount(db: Workspace['db']): void {
  insertRows(db, 'accounts', [
    { account_id: 'H1', name: 'Hand', signup_date: '2025-01-01', churn_date: '2025-12-31' },
  ]);
  insertRows(db, 'subscriptions', [
    {
      subscription_id: 'T',
      account_id: 'H1',
      plan: 'Trial',
      start_date: '2025-01-01',
      end_date: '2025-01-15',
      mrr: 0,
      status: 'trialing',
    },
    {
      subscription_id: 'S1',
      account_id: 'H1',
      plan: 'Basic',
      start_date: '2025-01-15',
      end_date: '2025-04-01',
      mrr: 50,
      currency: 'usd',
      status: 'canceled',
    },
    {
      subscription_id: 'S2',
      account_id: 'H1',
      plan: 'Pro',
      start_date: '2025-04-01',
      end_date: '2025-08-01',
      mrr: 120,
      currency: 'USD',
      status: 'canceled',
    },
    {
      subscription_id: 'S3',
      account_id: 'H1',
      plan: 'Pro',
      start_date: '2025-08-01',
      end_date: '2025-12-31',
      mrr: 100,
      currency: 'USD',
      status: 'canceled',
      cancel_reason: 'too_expensive',
    },
  ]);
  insertRows(db, 'payments', [
    {
      payment_id: 'P1',
      account_id: 'H1',
      paid_at: '2025-01-15 10:00:00',
      amount: 50,
      currency: 'usd',
    },
    {
      payment_id: 'P2',
      account_id: 'H1',
      paid_at: '2025-02-15 10:00:00',
      amount: 50,
      refunded_amount: 50,
      currency: 'usd',
      status: 'refunded',
    },
    { payment_id: 'P3', account_id: 'H1', paid_at: null, amount: 50, currency: 'usd' },
  ]);
  insertRows(db, 'tickets', [
    {
      ticket_id: '7',
      account_id: 'H1',
      created_at: '2025-03-02T09:00:00Z',
      priority: 'urgent',
      status: 'solved',
      category: 'billing',
      extra: JSON.stringify({ Requester: 'Ann', Subject: 'Invoice is wrong' }),
    },
  ]);
  insertRows(db, 'usage', [
    { account_id: 'H1', period: '2025-02-01', metric: 'events', value: 10 },
    { account_id: 'H1', period: '2025-02-02', metric: 'events', value: 5 },
    { account_id: 'H1', period: '2025-03-05', metric: 'events', value: 30 },
    { account_id: 'H1', period: '2025-03-05', metric: 'seats', value: 3 },
    { account_id: 'H1', period: '2025-05-01', metric: 'events', value: 8 },
  ]);
}

describe('one account’s timeline', () => {
  const tempDir = useTempDir();
  const workspace = () => {
    const ws = openWorkspace(join(tempDir(), 'hand.sqlite'), { create: true });
    seedHandAccount(ws.db);
    return ws;
  };

  it('derives plan changes and the cancellation from consecutive subscriptions', () => {
    const ws = workspace();
    const timeline = readAccountTimeline(ws.db, 'H1');
    // Worked out by hand: the trial is no movement; 50 from the first paid day; +70 to Pro;
    // −20 on the renewal at a lower price (the same plan: a contraction, not a plan change);
    // −100 when the last subscription ends, with its reason.
    expect(movements(timeline.events)).toEqual([
      ['2025-01-15', 'mrr', 'new', 50, 'USD', null, 'Basic'],
      ['2025-04-01', 'planChange', 'expansion', 70, 'USD', 'Basic', 'Pro'],
      ['2025-08-01', 'mrr', 'contraction', -20, 'USD', 'Pro', 'Pro'],
      ['2025-12-31', 'cancellation', 'churn', -100, 'USD', 'Pro', null],
    ]);
    const cancellation = timeline.events.find((e) => e.kind === 'cancellation');
    expect(cancellation).toMatchObject({ reason: 'too_expensive', source: 'derived' });
    expect(timeline.counts).toMatchObject({
      account: 2,
      subscription: 4,
      planChange: 1,
      mrr: 2,
      cancellation: 1,
      payment: 1,
      refund: 1,
      ticket: 1,
      usage: 3,
    });
    ws.close();
  });

  it('shows payments and refunds with their currency, and a ticket with its subject', () => {
    const ws = workspace();
    const events = readAccountTimeline(ws.db, 'H1').events;
    expect(events.find((e) => e.kind === 'refund')).toMatchObject({
      paymentId: 'P2',
      amount: 50,
      refunded: 50,
      currency: 'usd',
    });
    expect(events.find((e) => e.kind === 'ticket')).toMatchObject({
      subject: 'Invoice is wrong',
      priority: 'urgent',
      category: 'billing',
      status: 'solved',
    });
    ws.close();
  });

  it('sums usage given per day into months, beside the month before', () => {
    const ws = workspace();
    const timeline = readAccountTimeline(ws.db, 'H1');
    const usage = timeline.events.filter((e) => e.kind === 'usage');
    expect(usage.map((e) => [e.date, e.metrics])).toEqual([
      ['2025-05-01', [{ metric: 'events', value: 8, previous: null }]],
      [
        '2025-03-01',
        [
          { metric: 'events', value: 30, previous: 15 },
          { metric: 'seats', value: 3, previous: null },
        ],
      ],
      ['2025-02-01', [{ metric: 'events', value: 15, previous: null }]],
    ]);
    expect(timeline.usageMetrics).toEqual(['events', 'seats']);
    ws.close();
  });

  it('puts the newest day first, and one day’s events latest first: the signup is last', () => {
    const ws = workspace();
    const events = readAccountTimeline(ws.db, 'H1').events;
    const lastDay = events.filter((e) => e.date.slice(0, 10) === '2025-12-31').map((e) => e.kind);
    expect(lastDay).toEqual(['cancellation', 'account']);
    expect(events.at(-1)).toMatchObject({ kind: 'account', change: 'signup' });
    ws.close();
  });

  it('does not mix currencies: converts them with a rate, and derives nothing without one', () => {
    const ws = workspace();
    ws.db.prepare("UPDATE subscriptions SET currency = 'EUR' WHERE subscription_id = 'S3'").run();
    const without = readAccountTimeline(ws.db, 'H1');
    expect(movements(without.events)).toEqual([]);
    expect(without.movementCurrenciesLeftOut).toEqual(['EUR']);
    writeSetting(ws.db, 'currency.rates', { EUR: 1.5 });
    const converted = readAccountTimeline(ws.db, 'H1');
    expect(converted.movementCurrenciesLeftOut).toEqual([]);
    // 100 EUR at 1.5 is 150 USD: the renewal is an expansion of 30.
    expect(movements(converted.events).slice(2)).toEqual([
      ['2025-08-01', 'mrr', 'expansion', 30, 'USD', 'Pro', 'Pro'],
      ['2025-12-31', 'cancellation', 'churn', -150, 'USD', 'Pro', null],
    ]);
    ws.close();
  });

  it('uses imported MRR movements, which replace the derived ones everywhere', () => {
    const ws = workspace();
    insertRows(ws.db, 'accounts', [{ account_id: 'H2', name: 'Other' }]);
    insertRows(ws.db, 'mrr_movements', [
      {
        account_id: 'H2',
        date: '2025-06-01',
        type: 'expansion',
        mrr_delta: 40,
        currency: 'eur',
        plan_from: 'A',
        plan_to: 'B',
      },
    ]);
    expect(movements(readAccountTimeline(ws.db, 'H1').events)).toEqual([]);
    expect(movements(readAccountTimeline(ws.db, 'H2').events)).toEqual([
      ['2025-06-01', 'planChange', 'expansion', 40, 'EUR', 'A', 'B'],
    ]);
    ws.close();
  });

  it('is empty for an account no table knows', () => {
    const ws = workspace();
    const timeline = readAccountTimeline(ws.db, 'NOPE');
    expect(timeline.events).toEqual([]);
    expect(Object.values(timeline.counts).every((n) => n === 0)).toBe(true);
    ws.close();
  });
});
