import { lastDayOfMonth, monthOfDay } from '../../../src-shared/calendar/months';
import { percentOfCents, roundExpected } from '../book/money-cents';
import { NO_DAY, type ScenarioBook } from '../book/scenario-book';
import type { CommissionLedger } from './commission-ledger';
import {
  BONUS_ACTIVE,
  BONUS_NEW,
  DURATION_MONTHS,
  DURATION_PAYMENTS,
  EVENT_FIRST_PAYMENT,
  EVENT_LEAD,
  RATE_FIXED,
  RATE_STEPS,
  RATE_TIERS_ACTIVE,
  RATE_TIERS_REVENUE,
  stepAt,
  tierAt,
  type Amount,
  type CompiledStructure,
} from './compiled-structure';
import type { ProjectionFrame } from './projection-frame';
import { revenueTierCommission } from './tier-commission';

/** What every partner's run shares: the book, the projection and scratch columns by month. */
export interface RunContext {
  book: ScenarioBook;
  frame: ProjectionFrame;
  ledger: CommissionLedger;
  /** Discount factor of projected month k. */
  discount: Float64Array;
  /** For a duration in months: the first day each customer's payments no longer earn. */
  durationEnd: Int32Array | null;
  /** By month from the ledger's first month: active customers on its first day, new customers. */
  activeAt: Float64Array;
  newIn: Float64Array;
  /** Bonuses of the partner already paid once. */
  bonusPaid: Uint8Array;
}

/**
 * Evaluates one partner under one structure: its history in date order (leads and payments day by
 * day, then each month's end: tiers by month revenue, then bonuses), then its projection month by
 * month, every line through the ledger. Payment numbers, caps and once-only bonuses run on from
 * history into the projection. The ledger must have begun the partner.
 */
export function runPartner(ctx: RunContext, p: number, s: CompiledStructure): void {
  const { book } = ctx;
  const cs = book.customerStart[p];
  const ce = book.customerStart[p + 1];
  const ls = book.leadStart[p];
  const le = book.leadStart[p + 1];
  if (ce === cs && (s.event !== EVENT_LEAD || le === ls)) return;
  ctx.bonusPaid.fill(0);
  const needsMonths =
    s.rate === RATE_TIERS_ACTIVE || s.rate === RATE_TIERS_REVENUE || s.bonuses.length > 0;
  if (needsMonths) countByMonth(ctx, cs, ce);
  runHistory(ctx, p, s, needsMonths);
  runProjection(ctx, p, s);
}

/** Active customers on each month's first day and new customers (payment 1) in each month. */
function countByMonth(ctx: RunContext, cs: number, ce: number): void {
  const { customers } = ctx.book;
  const first = ctx.ledger.firstMonth;
  const active = ctx.activeAt;
  const fresh = ctx.newIn;
  active.fill(0);
  fresh.fill(0);
  for (let c = cs; c < ce; c++) {
    // Started before the month's first day and not churned before it.
    const from = customers.firstPaidMonth[c] + 1 - first;
    if (from < active.length) active[from] = active[from] + 1;
    const churn = customers.churnMonth[c];
    if (churn >= 0 && churn + 1 - first < active.length)
      active[churn + 1 - first] = active[churn + 1 - first] - 1;
    const newMonth = customers.firstPaymentMonth[c];
    if (newMonth >= 0) fresh[newMonth - first] = fresh[newMonth - first] + 1;
  }
  for (let m = 1; m < active.length; m++) active[m] = active[m] + active[m - 1];
}

/** The amount a payment event takes: its rate, its step, or its month's tier; null for nothing. */
function amountFor(s: CompiledStructure, number: number, activeCount: number): Amount | null {
  if (s.rate === RATE_FIXED) return s.fixed;
  if (s.rate === RATE_STEPS) return stepAt(s, number);
  return tierAt(s, activeCount);
}

function runHistory(ctx: RunContext, p: number, s: CompiledStructure, needsMonths: boolean): void {
  const { book, ledger } = ctx;
  const { payments, leads, customers } = book;
  const first = ledger.firstMonth;
  const ps = book.paymentStart[p];
  const pe = book.paymentStart[p + 1];
  const ls = book.leadStart[p];
  const le = book.leadStart[p + 1];
  const paymentEvents = s.event !== EVENT_LEAD;
  const leadEvents = s.event === EVENT_LEAD;
  const byRevenue = s.rate === RATE_TIERS_REVENUE;
  const durationEnd = ctx.durationEnd;

  /** The amount a payment is commissioned on, or -1 when it earns nothing under the structure. */
  const eligible = (e: number): number => {
    const number = payments.number[e];
    if (number === 0) return -1;
    if (s.event === EVENT_FIRST_PAYMENT && number !== 1) return -1;
    if (s.duration === DURATION_PAYMENTS && number > s.durationN) return -1;
    if (
      s.duration === DURATION_MONTHS &&
      durationEnd !== null &&
      payments.day[e] >= durationEnd[payments.customer[e]]
    )
      return -1;
    return s.refunds ? payments.netCents[e] : payments.grossCents[e];
  };

  let pi = paymentEvents ? ps : pe;
  let li = leadEvents ? ls : le;
  let from = book.asOfMonth;
  if (pi < pe) from = Math.min(from, payments.month[pi]);
  if (li < le) from = Math.min(from, leads.month[li]);
  if (needsMonths)
    for (let c = book.customerStart[p]; c < book.customerStart[p + 1]; c++)
      from = Math.min(from, customers.firstPaidMonth[c]);
  if (pi >= pe && li >= le && !needsMonths) return;

  for (let m = from; m <= book.asOfMonth; m++) {
    const activeCount = needsMonths ? ctx.activeAt[m - first] : 0;
    const monthStart = pi;
    let revenueSum = 0;
    let revenueAll = 0;
    while ((pi < pe && payments.month[pi] === m) || (li < le && leads.month[li] === m)) {
      const leadNext =
        li < le &&
        leads.month[li] === m &&
        !(pi < pe && payments.month[pi] === m && payments.day[pi] < leads.day[li]);
      if (leadNext) {
        const amount = s.rate === RATE_FIXED ? s.fixed : tierAt(s, activeCount);
        const cents = amount === null ? 0 : amount.cents;
        if (cents > 0) ledger.credit(leads.customer[li], leads.day[li], m, cents, cents, NO_DAY, 0);
        li++;
        continue;
      }
      const e = pi++;
      if (payments.number[e] > 0)
        revenueAll += s.refunds ? payments.netCents[e] : payments.grossCents[e];
      const amount = eligible(e);
      if (amount < 0) continue;
      if (byRevenue) {
        revenueSum += amount;
        continue;
      }
      const rate = amountFor(s, payments.number[e], activeCount);
      if (rate === null) continue;
      const gross = payments.grossCents[e];
      let kept: number;
      let credited: number;
      if (rate.flat) {
        kept = amount > 0 ? rate.cents : 0;
        credited = gross > 0 ? rate.cents : 0;
      } else {
        kept = percentOfCents(amount, rate.millionths);
        credited = s.refunds && gross > amount ? percentOfCents(gross, rate.millionths) : kept;
      }
      if (!s.refunds) credited = kept;
      const refundDay = payments.refundDay[e];
      ledger.credit(
        payments.customer[e],
        payments.day[e],
        m,
        kept,
        credited,
        refundDay,
        refundDay === NO_DAY || refundDay === payments.day[e] ? m : monthOfDay(refundDay),
      );
    }
    if (!needsMonths) {
      if (pi >= pe && li >= le) return;
      continue;
    }
    const monthEnd = lastDayOfMonth(m);
    if (byRevenue && revenueSum > 0) {
      const kept = ledger.capPartner(m, revenueTierCommission(s, revenueSum));
      let counted = kept;
      if (kept > 0) {
        const payable = monthEnd + s.holdDays;
        for (let e = monthStart; e < pi; e++) {
          const amount = eligible(e);
          if (amount <= 0) continue;
          const c = payments.customer[e];
          const share = (kept * amount) / revenueSum;
          ledger.shareToPayback(c, m, share, 1);
          if (!ledger.churnedEarly(c)) continue;
          const reversed = roundExpected(share);
          if (customers.churnDay[c] < payable) {
            counted -= reversed;
            ledger.shareToPayback(c, m, -reversed, 1);
          } else ledger.clawBack(c, true, reversed, customers.churnMonth[c]);
        }
      }
      ledger.bookHeld(monthEnd, m, Math.max(0, counted), false);
    }
    for (let b = 0; b < s.bonuses.length; b++) {
      const bonus = s.bonuses[b] as CompiledStructure['bonuses'][number];
      if (bonus.once && ctx.bonusPaid[b] === 1) continue;
      const value =
        bonus.when === BONUS_ACTIVE
          ? activeCount
          : bonus.when === BONUS_NEW
            ? ctx.newIn[m - first]
            : revenueAll;
      if (value < bonus.atLeast) continue;
      ctx.bonusPaid[b] = 1;
      ledger.bonus(monthEnd, m, bonus.cents, false);
    }
  }
}

function runProjection(ctx: RunContext, p: number, s: CompiledStructure): void {
  const { book, frame, ledger } = ctx;
  if (s.event === EVENT_LEAD && s.bonuses.length === 0) return;
  const { customers } = book;
  const cs = book.customerStart[p];
  const ce = book.customerStart[p + 1];
  const stride = frame.horizon + 1;
  const byRevenue = s.rate === RATE_TIERS_REVENUE;
  const durationEnd = ctx.durationEnd;
  const paymentEvents = s.event !== EVENT_LEAD;
  for (let k = 1; k <= frame.horizon; k++) {
    const month = book.asOfMonth + k;
    const day = frame.day[k];
    const discount = ctx.discount[k];
    const activeCount = frame.expectedActive[p * stride + k];
    let revenueSum = 0;
    let revenueAll = 0;
    for (let c = cs; c < ce; c++) {
      const w = frame.weight[c * stride + k];
      const mrr = customers.mrrCents[c];
      if (!(w > 0) || !(mrr > 0)) continue;
      const expected = mrr * w;
      revenueAll += expected;
      if (!paymentEvents) continue;
      const number = customers.paymentCount[c] + k;
      if (s.event === EVENT_FIRST_PAYMENT && number !== 1) continue;
      if (s.duration === DURATION_PAYMENTS && number > s.durationN) continue;
      if (s.duration === DURATION_MONTHS && durationEnd !== null && day >= durationEnd[c]) continue;
      if (byRevenue) {
        revenueSum += expected;
        continue;
      }
      const rate = amountFor(s, number, activeCount);
      if (rate === null) continue;
      const cents = roundExpected(rate.flat ? rate.cents * w : (expected * rate.millionths) / 1e6);
      if (cents > 0) ledger.creditExpected(c, day, month, cents, discount);
    }
    const monthEnd = frame.monthEnd[k];
    if (byRevenue && revenueSum > 0) {
      const kept = ledger.capPartner(month, revenueTierCommission(s, revenueSum));
      if (kept > 0) {
        ledger.bookHeld(monthEnd, month, kept, true, discount);
        for (let c = cs; c < ce; c++) {
          const w = frame.weight[c * stride + k];
          const mrr = customers.mrrCents[c];
          if (w > 0 && mrr > 0) ledger.shareToPayback(c, month, (kept * mrr * w) / revenueSum, 2);
        }
      }
    }
    for (let b = 0; b < s.bonuses.length; b++) {
      const bonus = s.bonuses[b] as CompiledStructure['bonuses'][number];
      if (bonus.once && ctx.bonusPaid[b] === 1) continue;
      const value =
        bonus.when === BONUS_ACTIVE ? activeCount : bonus.when === BONUS_NEW ? 0 : revenueAll;
      if (value < bonus.atLeast) continue;
      ctx.bonusPaid[b] = 1;
      ledger.bonus(monthEnd, month, bonus.cents, true, discount);
    }
  }
}
