import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommissionStructure } from '../../../src-shared/scenarios/scenario-file';
import {
  evaluateOn,
  scenarioOf,
  testBook,
  type TestData,
  type TestPayment,
} from './support/test-book';

const iso = (day: number) =>
  new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** Up to three partners with up to five customers each, paying on random days over two years. */
const testData: fc.Arbitrary<TestData> = fc
  .array(
    fc.record({
      partner: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 500 }),
      months: fc.integer({ min: 1, max: 14 }),
      amount: fc.integer({ min: 0, max: 50_000 }),
      refundAt: fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
      churnAfter: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      mrr: fc.integer({ min: 0, max: 500 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => {
    const payments: TestPayment[] = [];
    const customers = rows.map((row, i) => {
      const id = `c${i}`;
      for (let k = 0; k < row.months; k++) {
        const day = row.start + k * 30;
        if (day > 729) break;
        const amount = row.amount / 100;
        payments.push({
          customer: id,
          day: iso(day),
          amount,
          ...(row.refundAt === k ? { refunded: amount / 2 } : {}),
        });
      }
      const churn = row.churnAfter === undefined ? undefined : row.start + row.churnAfter;
      return {
        id,
        partner: `p${row.partner}`,
        firstPaid: iso(row.start),
        mrr: row.mrr,
        ...(churn !== undefined && churn <= 729 ? { churn: iso(churn) } : {}),
      };
    });
    return {
      asOf: iso(729),
      partners: [0, 1, 2].map((p) => ({ id: `p${p}`, alpha: 1 + p, beta: 4 + p })),
      customers,
      payments,
    };
  });

/** Structures of every rate source, with random holds, clawbacks and durations. */
const structure = (percent: fc.Arbitrary<number>): fc.Arbitrary<CommissionStructure> =>
  fc
    .record({
      source: fc.constantFrom('rate', 'steps', 'tiersActive', 'tiersRevenue'),
      p1: percent,
      p2: percent,
      holdDays: fc.integer({ min: 0, max: 60 }),
      churnWithinDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      duration: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      marginal: fc.boolean(),
    })
    .map((r): CommissionStructure => {
      const rate =
        r.source === 'rate'
          ? { rate: { percent: r.p1 } }
          : r.source === 'steps'
            ? { steps: [{ payments: 2, percent: r.p1 }, { percent: r.p2 }] }
            : r.source === 'tiersActive'
              ? {
                  tiers: {
                    by: 'activeCustomers' as const,
                    levels: [
                      { from: 0, percent: r.p1 },
                      { from: 2, percent: r.p2 },
                    ],
                  },
                }
              : {
                  tiers: {
                    by: 'monthRevenue' as const,
                    apply: r.marginal ? ('marginal' as const) : ('all' as const),
                    levels: [
                      { from: 0, percent: r.p1 },
                      { from: 300, percent: r.p2 },
                    ],
                  },
                };
      return {
        ...rate,
        holdDays: r.holdDays,
        ...(r.churnWithinDays === undefined
          ? {}
          : { clawback: { churnWithinDays: r.churnWithinDays } }),
        ...(r.duration === undefined || r.source === 'tiersRevenue'
          ? {}
          : { duration: { payments: r.duration } }),
      };
    });

/**
 * A period's paid, pending and clawed-back amounts are each rounded to the cent once, and payout is
 * built from them (docs/metrics.md), so history and projection together can print up to half a cent
 * per rounded amount over a cap, or under a dearer structure, on sub-cent commissions: six amounts,
 * three cents.
 */
const ROUNDING = 0.03 + 1e-9;

const percent = fc.integer({ min: 0, max: 1000 }).map((x) => x / 10);

describe('commission engine properties', () => {
  it('0% pays 0, over history and projection', () => {
    fc.assert(
      fc.property(testData, structure(fc.constant(0)), (data, s) => {
        const { result } = evaluateOn(testBook(data), scenarioOf(s));
        expect(result.history.payout).toBe(0);
        expect(result.projection.payout).toBe(0);
        for (const p of result.partners) expect(p.history.paid + p.history.pending).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds a cap', () => {
    fc.assert(
      fc.property(
        testData,
        structure(percent),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (data, s, perPartner, perPartnerMonth) => {
          const cappedPartner = evaluateOn(
            testBook(data),
            scenarioOf({ ...s, caps: { perPartner: perPartner / 100 } }),
          );
          for (const p of cappedPartner.result.partners)
            // What the partner keeps over history and projection together: a commission clawed
            // back uses no room under a cap (docs/metrics.md).
            expect(p.history.payout + p.projection.payout).toBeLessThanOrEqual(
              perPartner / 100 + ROUNDING,
            );
          // One partner at a time, so that each month's payout is that partner's.
          for (const partner of data.partners) {
            const own = {
              ...data,
              partners: [partner],
              customers: data.customers.filter((c) => c.partner === partner.id),
            };
            own.payments = data.payments.filter((x) =>
              own.customers.some((c) => c.id === x.customer),
            );
            const book = testBook(own);
            const monthly = evaluateOn(
              book,
              scenarioOf({
                ...s,
                bonuses: [{ when: 'newCustomers', atLeast: 1, amount: 20, repeat: 'monthly' }],
                caps: { perPartnerMonth: perPartnerMonth / 100 },
              }),
            );
            for (let m = book.firstMonth; m <= book.asOfMonth + 24; m++) {
              const label = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
              expect(monthly.inMonth(label)).toBeLessThanOrEqual(perPartnerMonth / 100 + ROUNDING);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never pays a customer more than its per-customer cap', () => {
    fc.assert(
      fc.property(
        testData,
        structure(percent),
        fc.integer({ min: 0, max: 10_000 }),
        (data, s, cap) => {
          // A month-revenue tier pays the partner one commission a month, on no one customer, and
          // no per-customer cap applies to it (docs/metrics.md).
          fc.pre(s.tiers?.by !== 'monthRevenue');
          // One customer per partner: the partner's commissions are the customer's.
          const single = {
            ...data,
            partners: data.customers.map((c) => ({ id: `for-${c.id}`, alpha: 1, beta: 5 })),
            customers: data.customers.map((c) => ({ ...c, partner: `for-${c.id}` })),
          };
          const { result } = evaluateOn(
            testBook(single),
            scenarioOf({ ...s, caps: { perCustomer: cap / 100 } }),
          );
          // What the customer's partner keeps: a commission clawed back after a refund frees its
          // room again, as under the per-partner cap (docs/metrics.md).
          for (const p of result.partners)
            expect(p.history.payout + p.projection.payout).toBeLessThanOrEqual(
              cap / 100 + ROUNDING,
            );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('does not pay less when a percent rises', () => {
    fc.assert(
      fc.property(testData, structure(percent), percent, (data, s, more) => {
        const book = testBook(data);
        const raised = JSON.parse(JSON.stringify(s)) as CommissionStructure;
        if (raised.rate) raised.rate.percent = Math.min(100, (raised.rate.percent ?? 0) + more);
        if (raised.steps) {
          const step = raised.steps[raised.steps.length - 1];
          if (step) step.percent = Math.min(100, (step.percent ?? 0) + more);
        }
        if (raised.tiers) {
          const level = raised.tiers.levels[0];
          if (level) level.percent = Math.min(100, (level.percent ?? 0) + more);
        }
        const low = evaluateOn(book, scenarioOf(s)).result;
        const high = evaluateOn(book, scenarioOf(raised)).result;
        low.partners.forEach((p, i) => {
          const q = high.partners[i];
          expect(q?.history.payout).toBeGreaterThanOrEqual(p.history.payout - ROUNDING);
          expect(q?.projection.payout).toBeGreaterThanOrEqual(p.projection.payout - ROUNDING);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same totals whatever the order of the payment rows', () => {
    fc.assert(
      fc.property(testData, structure(percent), fc.integer(), (data, s, seed) => {
        const shuffled = {
          ...data,
          payments: shuffle(data.payments, seed),
          customers: shuffle(data.customers, seed + 1),
        };
        const a = evaluateOn(testBook(data), scenarioOf(s)).result;
        const b = evaluateOn(testBook(shuffled), scenarioOf(s)).result;
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

/** A deterministic shuffle (Fisher–Yates on a linear congruential sequence). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
