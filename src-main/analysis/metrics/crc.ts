import { monthOfDay } from '../../../src-shared/calendar/months';
import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import type { CsCosts } from '../load/cs-cost-facts';

export interface CrcInput {
  costs: CsCosts;
  allocation: 'equal' | 'tickets';
  /** Cost per active account-month to use when cs_costs has no rows. */
  perAccountMonth: number | null;
  /**
   * The whole base's cost per month to use when cs_costs has no rows (and no cost per
   * account-month is set): each month's total is shared among the accounts active in it, as a
   * cs_costs row of scope `all` would be.
   */
  monthlyTotal?: number | null;
  /** Tickets per account position and month index, for allocation by ticket load. */
  monthlyTickets?: { index: Int32Array; month: Int32Array; count: Int32Array };
}

export interface CrcResult {
  available: boolean;
  source: 'cs_costs' | 'setting' | 'none';
  allocation: 'equal' | 'tickets';
  /** Average cost per active account-month over each account's last 12 active months. */
  perMonth: Float64Array;
  /** Everything allocated to each account over its life so far. */
  total: Float64Array;
  /** The whole base's cost per active account-month over the last 12 months. */
  populationPerMonth: number | null;
}

const RECENT_MONTHS = 12;

/**
 * Customer retention cost (DESIGN section 4): customer-success cost per active account-month.
 * A month's pooled cost is shared among the accounts active in it, equally or in proportion to
 * their tickets that month (a month without tickets falls back to equal shares). Months outside
 * the cs_costs rows take the per-account rate of the nearest month that has one.
 */
export function computeCrc(facts: CoreFacts, input: CrcInput): CrcResult {
  const n = facts.n;
  const result: CrcResult = {
    available: false,
    source: 'none',
    allocation: input.allocation,
    perMonth: new Float64Array(n).fill(NaN),
    total: new Float64Array(n).fill(NaN),
    populationPerMonth: null,
  };
  const hasCosts = input.costs.pooled.size > 0 || input.costs.direct.size > 0;
  const monthlyTotal = input.monthlyTotal ?? null;
  if (!hasCosts && input.perAccountMonth === null && monthlyTotal === null) return result;

  const last = monthOfDay(facts.asOfDay);
  let first = last;
  const startMonth = new Int32Array(n);
  const endMonth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (facts.state[i] !== ACTIVE && facts.state[i] !== CHURNED) continue;
    startMonth[i] = monthOfDay(facts.firstPaidDay[i]);
    endMonth[i] = facts.state[i] === CHURNED ? monthOfDay(facts.churnDay[i]) : last;
    if (startMonth[i] < first) first = startMonth[i];
  }
  const span = last - first + 1;
  const activeCount = new Float64Array(span + 1);
  for (let i = 0; i < n; i++) {
    if (endMonth[i] < 0) continue;
    activeCount[startMonth[i] - first]++;
    activeCount[endMonth[i] - first + 1]--;
  }
  for (let m = 1; m <= span; m++) activeCount[m] += activeCount[m - 1];

  const rate = new Float64Array(span);
  if (input.costs.pooled.size > 0) {
    const known: number[] = [];
    for (let m = 0; m < span; m++) {
      const cost = input.costs.pooled.get(first + m);
      if (cost !== undefined && activeCount[m] > 0) {
        rate[m] = cost / activeCount[m];
        known.push(m);
      } else rate[m] = NaN;
    }
    fillFromNearest(rate, known);
    result.source = 'cs_costs';
  } else if (input.perAccountMonth !== null) {
    rate.fill(input.perAccountMonth);
    result.source = 'setting';
  } else if (monthlyTotal !== null && !hasCosts) {
    for (let m = 0; m < span; m++) rate[m] = activeCount[m] > 0 ? monthlyTotal / activeCount[m] : 0;
    result.source = 'setting';
  }
  result.available = true;

  const monthCost = (m: number) => rate[m - first] ?? 0;
  const cost = new Float64Array(n);
  const recent = new Float64Array(n);
  if (input.allocation === 'tickets' && input.monthlyTickets) {
    allocateByTickets(
      facts,
      input.monthlyTickets,
      rate,
      activeCount,
      first,
      startMonth,
      endMonth,
      cost,
      recent,
    );
  } else {
    const prefix = new Float64Array(span + 1);
    for (let m = 0; m < span; m++)
      prefix[m + 1] = prefix[m] + (Number.isNaN(rate[m]) ? 0 : rate[m]);
    for (let i = 0; i < n; i++) {
      if (endMonth[i] < 0) continue;
      const s = startMonth[i] - first;
      const e = endMonth[i] - first;
      cost[i] = prefix[e + 1] - prefix[s];
      const rs = Math.max(s, e - RECENT_MONTHS + 1);
      recent[i] = prefix[e + 1] - prefix[rs];
    }
  }
  for (const [i, perMonth] of input.costs.direct) {
    if (endMonth[i] < 0) continue;
    for (const [m, value] of perMonth) {
      if (m < startMonth[i] || m > endMonth[i]) continue;
      cost[i] += value;
      if (m > endMonth[i] - RECENT_MONTHS) recent[i] += value;
    }
  }
  let populationCost = 0;
  let populationMonths = 0;
  for (let m = Math.max(0, span - RECENT_MONTHS); m < span; m++) {
    populationCost += monthCost(first + m) * activeCount[m];
    populationMonths += activeCount[m];
  }
  result.populationPerMonth =
    populationMonths > 0 ? round(populationCost / populationMonths) : null;
  for (let i = 0; i < n; i++) {
    if (endMonth[i] < 0) continue;
    const months = Math.min(RECENT_MONTHS, endMonth[i] - startMonth[i] + 1);
    result.total[i] = round(cost[i]);
    result.perMonth[i] = round(recent[i] / months);
  }
  return result;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function fillFromNearest(rate: Float64Array, known: readonly number[]): void {
  if (known.length === 0) {
    rate.fill(0);
    return;
  }
  let k = 0;
  for (let m = 0; m < rate.length; m++) {
    if (!Number.isNaN(rate[m])) continue;
    while (k + 1 < known.length && Math.abs(known[k + 1] - m) <= Math.abs(known[k] - m)) k++;
    rate[m] = rate[known[k]];
  }
}

function allocateByTickets(
  facts: CoreFacts,
  tickets: { index: Int32Array; month: Int32Array; count: Int32Array },
  rate: Float64Array,
  activeCount: Float64Array,
  first: number,
  startMonth: Int32Array,
  endMonth: Int32Array,
  cost: Float64Array,
  recent: Float64Array,
): void {
  const span = rate.length;
  const monthTickets = new Float64Array(span);
  const counted = (r: number) => {
    const i = tickets.index[r];
    const m = tickets.month[r];
    return (
      endMonth[i] >= 0 && m >= startMonth[i] && m <= endMonth[i] && m >= first && m < first + span
    );
  };
  for (let r = 0; r < tickets.index.length; r++) {
    if (counted(r)) monthTickets[tickets.month[r] - first] += tickets.count[r];
  }
  // Months without tickets are shared equally.
  for (let i = 0; i < facts.n; i++) {
    if (endMonth[i] < 0) continue;
    for (let m = startMonth[i]; m <= endMonth[i]; m++) {
      if (monthTickets[m - first] !== 0) continue;
      cost[i] += rate[m - first];
      if (m > endMonth[i] - RECENT_MONTHS) recent[i] += rate[m - first];
    }
  }
  for (let r = 0; r < tickets.index.length; r++) {
    if (!counted(r)) continue;
    const i = tickets.index[r];
    const m = tickets.month[r];
    const pool = rate[m - first] * activeCount[m - first];
    const share = (pool * tickets.count[r]) / monthTickets[m - first];
    cost[i] += share;
    if (m > endMonth[i] - RECENT_MONTHS) recent[i] += share;
  }
}
