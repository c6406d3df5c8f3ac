import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import { sbgCounts, type LifetimeColumns, type SbgCounts } from '../retention';

/**
 * Lifetimes of a group in whole months from each customer's first paid start (issue 4, item 8):
 * a churned customer is an event at its tenure, an active one is censored at its tenure.
 */
export function lifetimeColumns(facts: CoreFacts, members: Int32Array): LifetimeColumns {
  const time = new Float64Array(members.length);
  const event = new Uint8Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    time[k] = facts.tenureMonths[i];
    event[k] = facts.state[i] === CHURNED ? 1 : 0;
  }
  return { time, event };
}

/** The same lifetimes summarised for the sBG (a churn within the first month is a loss in period 1). */
export const sbgCountsOf = (facts: CoreFacts, members: Int32Array): SbgCounts =>
  sbgCounts(lifetimeColumns(facts, members));

/** Paying customers (active or churned) for whom `include` holds, in account order. */
export function customersWhere(facts: CoreFacts, include: (i: number) => boolean): Int32Array {
  let count = 0;
  for (let i = 0; i < facts.n; i++) if (isCustomer(facts, i) && include(i)) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < facts.n; i++) if (isCustomer(facts, i) && include(i)) out[k++] = i;
  return out;
}

export const isCustomer = (facts: CoreFacts, i: number): boolean =>
  facts.state[i] === ACTIVE || facts.state[i] === CHURNED;

/**
 * Splits accounts by a code (a channel, a partner …) in one pass: bucket c holds the accounts with
 * code c for which `include` holds, and the last bucket those without a code (-1).
 */
export function bucketByCode(
  codes: Int32Array,
  size: number,
  include: (i: number) => boolean,
): Int32Array[] {
  const counts = new Int32Array(size + 1);
  const slot = (code: number) => (code < 0 || code >= size ? size : code);
  for (let i = 0; i < codes.length; i++) if (include(i)) counts[slot(codes[i])]++;
  const buckets = Array.from(counts, (count) => new Int32Array(count));
  const fill = new Int32Array(size + 1);
  for (let i = 0; i < codes.length; i++) {
    if (!include(i)) continue;
    const b = slot(codes[i]);
    buckets[b][fill[b]++] = i;
  }
  return buckets;
}

/** All the buckets' accounts in one array, in account order. */
export function concatBuckets(buckets: readonly Int32Array[]): Int32Array {
  let length = 0;
  for (const b of buckets) length += b.length;
  const out = new Int32Array(length);
  let at = 0;
  for (const b of buckets) {
    out.set(b, at);
    at += b.length;
  }
  return out.sort();
}
