import { addMonths, lastDayOfMonth } from '../../../src-shared/calendar/months';
import type { ScenarioBook } from '../book/scenario-book';

/**
 * The calendar of a projection and every customer's survival over it, for one horizon. Expected
 * payment k (k = 1 … H) falls k months after the as-of date, in calendar month as-of month + k, and
 * is made with probability S(t + k) ÷ S(t) for a customer of tenure t, under its partner's sBG as
 * the partner report fits it (shrunk for a small partner). Made once per book and horizon.
 */
export interface ProjectionFrame {
  horizon: number;
  /** `weight[c * (H + 1) + k]` = S(t + k) ÷ S(t) for an active customer (1 at k = 0), 0 otherwise. */
  weight: Float64Array;
  /** Day of expected payment k at index k; index 0 is the as-of day. */
  day: Int32Array;
  /** Last day of projected month k. */
  monthEnd: Int32Array;
  /** Expected active customers of partner p on the first day of projected month k, at p * (H + 1) + k. */
  expectedActive: Float64Array;
  /** Partners with active customers but no survival model to project them by. */
  unprojected: number[];
}

const frames = new WeakMap<ScenarioBook, Map<number, ProjectionFrame>>();

export function projectionFrame(book: ScenarioBook, horizon: number): ProjectionFrame {
  let byHorizon = frames.get(book);
  if (!byHorizon) frames.set(book, (byHorizon = new Map()));
  let frame = byHorizon.get(horizon);
  if (!frame) byHorizon.set(horizon, (frame = makeFrame(book, horizon)));
  return frame;
}

function makeFrame(book: ScenarioBook, horizon: number): ProjectionFrame {
  const { customers, partners } = book;
  const stride = horizon + 1;
  const weight = new Float64Array(customers.n * stride);
  const expectedActive = new Float64Array(partners.length * stride);
  const unprojected: number[] = [];
  for (let p = 0; p < partners.length; p++) {
    const { alpha, beta } = partners[p] as (typeof partners)[number];
    const start = book.customerStart[p];
    const end = book.customerStart[p + 1];
    let anyActive = false;
    for (let c = start; c < end; c++) {
      if (customers.active[c] !== 1) continue;
      anyActive = true;
      if (alpha === null || beta === null) continue;
      const t = customers.tenure[c];
      let s = 1;
      weight[c * stride] = 1;
      for (let k = 1; k <= horizon; k++) {
        // S(t + k) ÷ S(t) = Π_{i = t}^{t + k − 1} (β + i) ÷ (α + β + i).
        s *= (beta + t + k - 1) / (alpha + beta + t + k - 1);
        weight[c * stride + k] = s;
      }
      // Active on the first day of projected month k: still there after expected payment k − 1.
      for (let k = 1; k <= horizon; k++)
        expectedActive[p * stride + k] =
          expectedActive[p * stride + k] + weight[c * stride + k - 1];
    }
    if (anyActive && (alpha === null || beta === null)) unprojected.push(p);
  }
  const day = new Int32Array(stride);
  const monthEnd = new Int32Array(stride);
  for (let k = 0; k <= horizon; k++) {
    day[k] = addMonths(book.asOfDay, k);
    monthEnd[k] = lastDayOfMonth(book.asOfMonth + k);
  }
  return { horizon, weight, day, monthEnd, expectedActive, unprojected };
}

/**
 * Discount factor of expected payment k: the first month ahead is not discounted, as in the
 * partner report's expected residual lifetime, and each later one by the monthly rate.
 */
export function discountFactors(annualRate: number, horizon: number): Float64Array {
  const monthly = Math.pow(1 + annualRate, 1 / 12) - 1;
  const factors = new Float64Array(horizon + 1);
  let f = 1;
  for (let k = 1; k <= horizon; k++) {
    factors[k] = f;
    f /= 1 + monthly;
  }
  return factors;
}
