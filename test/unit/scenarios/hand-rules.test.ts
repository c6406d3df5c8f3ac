import { describe, expect, it } from 'vitest';
import { centsOf, percentOfCents } from '../../../src-main/scenarios/book/money-cents';
import { evaluateOn, monthly, scenarioOf, testBook } from './support/test-book';

/**
 * Every rule of DESIGN section 4 on an example worked out by hand; docs/metrics.md ("Commission
 * scenarios") writes each one out.
 */
describe('commission rules, worked out by hand', () => {
  const onePartner = (payments: Parameters<typeof testBook>[0]['payments'], churn?: string) =>
    testBook({
      asOf: '2026-12-31',
      partners: [{ id: 'p' }],
      customers: [{ id: 'c', partner: 'p', ...(churn ? { churn } : {}) }],
      payments,
    });

  it("impact.com's tiers: 4%, 6% from $200, 8% from $400 on $500 in a month: $28 marginal, $40 all", () => {
    // $500 in March from two customers: $300 and $200.
    const book = testBook({
      asOf: '2026-03-31',
      partners: [{ id: 'p' }],
      customers: [
        { id: 'a', partner: 'p' },
        { id: 'b', partner: 'p' },
      ],
      payments: [
        { customer: 'a', day: '2026-03-05', amount: 300 },
        { customer: 'b', day: '2026-03-20', amount: 200 },
      ],
    });
    const levels = [
      { from: 0, percent: 4 },
      { from: 200, percent: 6 },
      { from: 400, percent: 8 },
    ];
    const marginal = evaluateOn(
      book,
      scenarioOf({ tiers: { by: 'monthRevenue', apply: 'marginal', levels } }),
    );
    const all = evaluateOn(
      book,
      scenarioOf({ tiers: { by: 'monthRevenue', apply: 'all', levels } }),
    );
    // Marginal: 4% × 200 + 6% × 200 + 8% × 100 = 8 + 12 + 8.
    expect(marginal.result.history.payout).toBe(28);
    // All: the whole $500 at the level reached, 8%.
    expect(all.result.history.payout).toBe(40);
    expect(all.inMonth('2026-03')).toBe(40);
  });

  it('30% of a first $99 payment, then 10% of 11 more, gives $138.60', () => {
    const book = onePartner(monthly('c', '2025-01-10', 14, 99));
    const { result } = evaluateOn(
      book,
      scenarioOf({
        steps: [{ payments: 1, percent: 30 }, { percent: 10 }],
        duration: { payments: 12 },
      }),
    );
    // 29.70 + 11 × 9.90; payments 13 and 14 are past the duration.
    expect(result.history.payout).toBe(138.6);
  });

  it('20% of $99 for 6 months gives $118.80', () => {
    const book = onePartner(monthly('c', '2025-01-31', 10, 99));
    const { result } = evaluateOn(
      book,
      scenarioOf({ rate: { percent: 20 }, duration: { months: 6 } }),
    );
    // Payments 1 to 6 (31 January to 30 June, clamped) fall less than 6 whole months after
    // payment 1; payment 7, on 31 July, is 6 whole months after it.
    expect(result.history.payout).toBe(118.8);
  });

  it('rounds each commission half-up to the cent, and totals rounded commissions', () => {
    expect(centsOf(1.005)).toBe(101);
    expect(centsOf(0.125 * 100) / 100).toBe(12.5);
    // 12.5% of 20¢ is 2.5¢: 3¢ each.
    expect(percentOfCents(20, 125_000)).toBe(3);
    expect(percentOfCents(21, 125_000)).toBe(3);
    expect(percentOfCents(19, 125_000)).toBe(2);
    const book = onePartner(monthly('c', '2026-01-05', 3, 0.2));
    const { result } = evaluateOn(book, scenarioOf({ rate: { percent: 12.5 } }));
    // Three commissions of 3¢ = 9¢, not 12.5% of 60¢ = 7.5¢.
    expect(result.history.payout).toBe(0.09);
  });

  it('a refund within the hold voids; after it, a negative line in the refund month', () => {
    const paid = (refundDay: string) =>
      onePartner([{ customer: 'c', day: '2026-01-10', amount: 100, refunded: 40, refundDay }]);
    const structure = scenarioOf({ rate: { percent: 20 }, holdDays: 30 });
    // Payable on 9 February; refunded on 20 January: the $8 on the refund is void.
    const before = evaluateOn(paid('2026-01-20'), structure);
    expect(before.result.history).toMatchObject({ payout: 12, paid: 12, clawedBack: 0 });
    // Refunded on 5 March, after it was paid: $20 paid, $8 clawed back in March.
    const after = evaluateOn(paid('2026-03-05'), structure);
    expect(after.result.history).toMatchObject({ payout: 12, paid: 20, clawedBack: 8 });
    expect(after.inMonth('2026-01')).toBe(20);
    expect(after.inMonth('2026-03')).toBe(-8);
  });

  it('a per-customer cap crossed mid-payment pays up to the cap', () => {
    const book = onePartner(monthly('c', '2026-01-05', 5, 100));
    const { result, inMonth } = evaluateOn(
      book,
      scenarioOf({ rate: { percent: 20 }, caps: { perCustomer: 50 } }),
    );
    // $20, $20, then $10 of the third $20, then nothing.
    expect(result.history.payout).toBe(50);
    expect(inMonth('2026-03')).toBe(10);
    expect(inMonth('2026-04')).toBe(0);
  });

  it('a per-partner-month cap takes commissions in date order, then the bonus', () => {
    const book = testBook({
      asOf: '2026-03-31',
      partners: [{ id: 'p' }],
      customers: ['a', 'b', 'c'].map((id) => ({ id, partner: 'p' })),
      payments: ['a', 'b', 'c'].map((customer, i) => ({
        customer,
        day: `2026-03-0${i + 1}`,
        amount: 100,
      })),
    });
    const { result } = evaluateOn(
      book,
      scenarioOf({
        rate: { percent: 20 },
        bonuses: [{ when: 'newCustomers', atLeast: 3, amount: 50, repeat: 'once' }],
        caps: { perPartnerMonth: 80 },
      }),
    );
    // $20 × 3 = $60 of commissions; the $50 bonus for three new customers has $20 of room left.
    expect(result.history).toMatchObject({ payout: 80, bonuses: 20 });
  });

  it('the first override that matches a partner replaces the whole structure', () => {
    const book = testBook({
      asOf: '2026-01-31',
      partners: [
        { id: 'ann', type: 'influencer', alpha: 1, beta: 9 },
        { id: 'bob', type: 'affiliate', plan: 'Gold', alpha: 1, beta: 9 },
        { id: 'cy', type: 'affiliate', alpha: 1, beta: 9 },
      ],
      customers: ['ann', 'bob', 'cy'].map((p) => ({ id: `${p}-1`, partner: p })),
      payments: ['ann', 'bob', 'cy'].map((p) => ({
        customer: `${p}-1`,
        day: '2026-01-10',
        amount: 100,
      })),
    });
    const { result, warnings } = evaluateOn(
      book,
      scenarioOf(
        { rate: { percent: 10 } },
        {
          overrides: [
            { type: 'Influencer', structure: { rate: { flat: 5 } } },
            { partners: ['ann', 'bob', 'zed'], structure: { rate: { percent: 50 } } },
            { commissionPlan: 'gold', structure: { rate: { percent: 30 } } },
          ],
        },
      ),
    );
    const payout = (id: string) => result.partners.find((p) => p.partnerId === id)?.history.payout;
    // ann matches the type first ($5), not its id; bob its id before its plan ($50); cy nothing.
    expect([payout('ann'), payout('bob'), payout('cy')]).toEqual([5, 50, 10]);
    expect(warnings).toEqual([
      'test: overrides.1.partners names zed, which is not a partner in this workspace.',
    ]);
  });

  it('lead events pay one flat amount per referral, converted or not', () => {
    const book = testBook({
      asOf: '2026-02-28',
      partners: [{ id: 'p' }],
      customers: [{ id: 'c', partner: 'p' }],
      payments: [{ customer: 'c', day: '2026-01-20', amount: 100 }],
      leads: [
        { partner: 'p', day: '2026-01-05', customer: 'c' },
        { partner: 'p', day: '2026-01-25' },
        { partner: 'p', day: '2026-02-10' },
      ],
    });
    const { result, inMonth } = evaluateOn(book, scenarioOf({ event: 'lead', rate: { flat: 15 } }));
    expect(result.history.payout).toBe(45);
    expect([inMonth('2026-01'), inMonth('2026-02')]).toEqual([30, 15]);
    // No payment earns anything, and nothing is projected for leads.
    expect(result.projection.payout).toBe(0);
  });

  it('churnWithinDays reverses every commission on an early churn, but no bonus', () => {
    // Payment 1 on 1 January, churned on 15 February: 45 days, within 60.
    const book = onePartner(monthly('c', '2026-01-01', 2, 100), '2026-02-15');
    const { result, inMonth } = evaluateOn(
      book,
      scenarioOf({
        rate: { percent: 20 },
        clawback: { churnWithinDays: 60 },
        bonuses: [{ when: 'newCustomers', atLeast: 1, amount: 30, repeat: 'once' }],
      }),
    );
    // $20 + $20 paid at once (no hold), both clawed back in February; the $30 bonus stays.
    expect(result.history).toMatchObject({ paid: 70, clawedBack: 40, payout: 30, bonuses: 30 });
    expect(inMonth('2026-02')).toBe(20 - 40);
    const within40 = evaluateOn(
      book,
      scenarioOf({ rate: { percent: 20 }, clawback: { churnWithinDays: 40 } }),
    );
    expect(within40.result.history.payout).toBe(40);
  });

  it("projects one partner's customer from its sBG α and β", () => {
    // α = 1, β = 3, tenure 2: S(t + k) ÷ S(t) = Π (β + t + i − 1) ÷ (α + β + t + i − 1), i = 1 … k:
    // 5/6, 5/6 × 6/7 = 5/7, 5/7 × 7/8 = 5/8.
    const book = testBook({
      asOf: '2026-03-31',
      partners: [{ id: 'p', alpha: 1, beta: 3 }],
      customers: [{ id: 'c', partner: 'p', mrr: 100, tenure: 2 }],
      payments: monthly('c', '2026-01-15', 3, 100),
    });
    const { result, inMonth } = evaluateOn(
      book,
      scenarioOf({ rate: { percent: 10 } }, { horizonMonths: 3 }),
    );
    // Expected revenue 100 × (5/6 + 5/7 + 5/8) = 217.26; commissions $8.33 + $7.14 + $6.25.
    expect(result.projection.revenue).toBe(217.26);
    expect(result.projection.payout).toBe(21.72);
    expect([inMonth('2026-04'), inMonth('2026-05'), inMonth('2026-06')]).toEqual([
      8.33, 7.14, 6.25,
    ]);
    expect(result.projection.customers).toBe(1);
    // A discount rate of 12% a year discounts month 2 by 1.12^(1/12) and month 3 by its square.
    const discounted = evaluateOn(
      book,
      scenarioOf({ rate: { percent: 10 } }, { horizonMonths: 3 }),
      { discountRate: 0.12 },
    );
    const monthlyRate = Math.pow(1.12, 1 / 12);
    expect(discounted.result.projection.payout).toBeCloseTo(
      8.33 + 7.14 / monthlyRate + 6.25 / monthlyRate ** 2,
      2,
    );
  });

  it('payment numbers run on from history into the projection', () => {
    // Two payments made; a first-payment-only structure projects nothing more, steps go on at 3.
    const book = testBook({
      asOf: '2026-02-28',
      partners: [{ id: 'p', alpha: 1, beta: 1000 }],
      customers: [{ id: 'c', partner: 'p', mrr: 100 }],
      payments: monthly('c', '2026-01-10', 2, 100),
    });
    const first = evaluateOn(book, scenarioOf({ event: 'firstPayment', rate: { flat: 50 } }));
    expect(first.result.history.payout).toBe(50);
    expect(first.result.projection.payout).toBe(0);
    const steps = evaluateOn(
      book,
      scenarioOf({ steps: [{ payments: 3, percent: 40 }, { percent: 0 }] }, { horizonMonths: 2 }),
    );
    // Payment 3 is the first projected one: 40% × $100 × S(t + 1) ÷ S(t), and payment 4 earns 0%.
    expect(steps.result.history.payout).toBe(80);
    expect(steps.inMonth('2026-04')).toBe(0);
    expect(steps.inMonth('2026-03')).toBeGreaterThan(39.9);
  });

  it('tiers by active customers, a monthly bonus and a per-partner cap, in date order', () => {
    // a and b start in January, c on 20 February; $100 a month each, as of 31 March.
    const book = testBook({
      asOf: '2026-03-31',
      partners: [{ id: 'p' }],
      customers: ['a', 'b', 'c'].map((id) => ({ id, partner: 'p' })),
      payments: [
        ...monthly('a', '2026-01-05', 3, 100),
        ...monthly('b', '2026-01-10', 3, 100),
        ...monthly('c', '2026-02-20', 2, 100),
      ],
    });
    const structure = {
      tiers: {
        by: 'activeCustomers' as const,
        levels: [
          { from: 0, percent: 10 },
          { from: 2, percent: 20 },
        ],
      },
      bonuses: [
        { when: 'activeCustomers' as const, atLeast: 2, amount: 25, repeat: 'monthly' as const },
      ],
    };
    // Active on the first day: 0 in January (10%), 2 in February and 3 in March (20%).
    // Commissions 20 + 60 + 60; bonuses in February and March.
    const open = evaluateOn(book, scenarioOf(structure));
    expect(open.result.history).toMatchObject({ payout: 190, bonuses: 50 });
    // Capped at $150: January 20, February 60 and its bonus 25, then March 20 + 20 + 5 and no bonus.
    const capped = evaluateOn(book, scenarioOf({ ...structure, caps: { perPartner: 150 } }));
    expect(capped.result.history).toMatchObject({ payout: 150, bonuses: 25 });
    expect(capped.inMonth('2026-03')).toBe(45);
    const once = evaluateOn(
      book,
      scenarioOf({ ...structure, bonuses: [{ ...structure.bonuses[0], repeat: 'once' as const }] }),
    );
    expect(once.result.history.bonuses).toBe(25);
  });
});
