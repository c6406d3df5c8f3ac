import type { ScenarioBook } from '../book/scenario-book';
import type { ProjectionFrame } from './projection-frame';

/** As the partner report: a payback not reached within five years is not reached. */
export const MAX_PAYBACK_MONTHS = 60;
const M = MAX_PAYBACK_MONTHS;

/**
 * The payback month of the partner report (`analysis/partners/payback.ts`) with any scenario's
 * commissions, without walking every customer for every scenario. Month k (0 = the month of the
 * first payment) averages, over the customers old enough to have reached it, their cumulative
 * revenue × margin − commissions − customer-success cost up to k. Each amount a customer has at
 * month offset j counts in every k from j up to (not including) its observed months o, so the sums
 * over customers are kept per partner as 60 running totals, built from differences: +x at j, −x
 * at o. Revenue and cost depend on the book only and are summed here once; a scenario adds its
 * commissions the same way (`addToPayback`).
 */
export interface PaybackBase {
  /** Observed months of each customer: min(60, last month − first paid month + 1). */
  observed: Int32Array;
  /** At p * 60 + k: Σ revenue, Σ cost (cents), and the customers counted at month k. */
  revenue: Float64Array;
  cost: Float64Array;
  count: Float64Array;
}

/** Adds x at month offset j of a customer observed for o months to a partner's differences. */
export function addToPayback(diff: Float64Array, j: number, o: number, x: number): void {
  if (j >= o) return;
  diff[j] = diff[j] + x;
  if (o < M) diff[o] = diff[o] - x;
}

function finish(diffs: Float64Array, partners: number): Float64Array {
  const sums = new Float64Array(partners * M);
  for (let p = 0; p < partners; p++) {
    let running = 0;
    for (let k = 0; k < M; k++) {
      running += diffs[p * (M + 1) + k];
      sums[p * M + k] = running;
    }
  }
  return sums;
}

/**
 * Revenue and cost of the history: every payment at its month since the customer's first paid
 * month, and the cost so far spread evenly over the customer's active months, as the partner report
 * spreads it.
 */
function build(
  book: ScenarioBook,
  observedOf: (c: number) => number,
  projected?: { frame: ProjectionFrame },
): PaybackBase {
  const { customers, payments, partners } = book;
  const P = partners.length;
  const observed = new Int32Array(customers.n);
  const revenue = new Float64Array(P * (M + 1));
  const cost = new Float64Array(P * (M + 1));
  const count = new Float64Array(P * (M + 1));
  for (let c = 0; c < customers.n; c++) {
    const o = observedOf(c);
    observed[c] = o;
    const p = customers.partner[c];
    addToPayback(count.subarray(p * (M + 1)), 0, o, 1);
    const first = customers.firstPaidMonth[c];
    const end = customers.active[c] === 1 ? book.asOfMonth : customers.churnMonth[c];
    const activeMonths = Math.max(1, end - first + 1);
    const perMonth = customers.retentionCostCents[c] / activeMonths;
    const row = cost.subarray(p * (M + 1));
    for (let j = 0; j < activeMonths && j < o; j++) addToPayback(row, j, o, perMonth);
  }
  for (let e = 0; e < payments.n; e++) {
    const c = payments.customer[e];
    const p = customers.partner[c];
    const j = Math.max(0, payments.month[e] - customers.firstPaidMonth[c]);
    addToPayback(revenue.subarray(p * (M + 1)), j, observed[c], payments.netCents[e]);
  }
  if (projected) {
    const { frame } = projected;
    const stride = frame.horizon + 1;
    for (let c = 0; c < customers.n; c++) {
      if (customers.active[c] !== 1) continue;
      const p = customers.partner[c];
      const o = observed[c];
      const mrr = customers.mrrCents[c];
      const crc = customers.crcPerMonthCents[c];
      const first = customers.firstPaidMonth[c];
      for (let k = 1; k <= frame.horizon; k++) {
        const w = frame.weight[c * stride + k];
        const j = book.asOfMonth + k - first;
        if (j >= o) break;
        if (mrr > 0) addToPayback(revenue.subarray(p * (M + 1)), j, o, mrr * w);
        addToPayback(cost.subarray(p * (M + 1)), j, o, crc * w);
      }
    }
  }
  return { observed, revenue: finish(revenue, P), cost: finish(cost, P), count: finish(count, P) };
}

const historyBases = new WeakMap<ScenarioBook, PaybackBase>();
const projectionBases = new WeakMap<ProjectionFrame, PaybackBase>();

/** The history's payback sums: customers observed up to the as-of month. */
export function historyPayback(book: ScenarioBook): PaybackBase {
  let base = historyBases.get(book);
  if (!base) {
    const { customers } = book;
    base = build(book, (c) => Math.min(M, book.asOfMonth - customers.firstPaidMonth[c] + 1));
    historyBases.set(book, base);
  }
  return base;
}

/**
 * The same over history and projection together: every customer is observed up to the horizon's
 * last month, active ones with their expected (survival-weighted, undiscounted) payments and cost.
 */
export function projectionPayback(book: ScenarioBook, frame: ProjectionFrame): PaybackBase {
  let base = projectionBases.get(frame);
  if (!base) {
    const { customers } = book;
    base = build(
      book,
      (c) => Math.min(M, book.asOfMonth + frame.horizon - customers.firstPaidMonth[c] + 1),
      { frame },
    );
    projectionBases.set(frame, base);
  }
  return base;
}

/**
 * The first month (1 = the month of the first payment) in which the average customer counted has
 * paid back: Σ (revenue × margin − cost − commissions) ≥ 0; null when never within 60 months.
 * `commissions` holds the running commission sums at 0 … 59 (see `runningSums`).
 */
export function paybackMonthOf(
  revenue: Float64Array,
  cost: Float64Array,
  count: Float64Array,
  commissions: Float64Array,
  grossMargin: number,
): number | null {
  for (let k = 0; k < M; k++) {
    if (!(count[k] > 0)) return null;
    const sum = revenue[k] * grossMargin - cost[k] - commissions[k];
    if (sum >= -1e-6) return k + 1;
  }
  return null;
}

/** Running sums of a partner's commission differences, into `into` (60 long). */
export function runningSums(diff: Float64Array, into: Float64Array): Float64Array {
  let running = 0;
  for (let k = 0; k < M; k++) {
    running += diff[k];
    into[k] = running;
  }
  return into;
}
