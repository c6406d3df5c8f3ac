import type { ScenarioBook } from '../book/scenario-book';
import type { ProjectionFrame } from '../engine/projection-frame';

/**
 * What every scenario shares for a partner: its customers, referred net revenue and retention cost,
 * over the history (as the partner report counts them: realised revenue and the customer-success
 * cost allocated so far) and over the projection (each active customer's MRR and cost per month,
 * survival-weighted and discounted). In cents, by partner.
 */
export interface BookMoney {
  historyCustomers: Int32Array;
  historyRevenue: Float64Array;
  historyCost: Float64Array;
  projectedCustomers: Int32Array;
  projectedRevenue: Float64Array;
  projectedCost: Float64Array;
}

export function bookMoney(
  book: ScenarioBook,
  frame: ProjectionFrame,
  discount: Float64Array,
): BookMoney {
  const P = book.partners.length;
  const { customers } = book;
  const money: BookMoney = {
    historyCustomers: new Int32Array(P),
    historyRevenue: new Float64Array(P),
    historyCost: new Float64Array(P),
    projectedCustomers: new Int32Array(P),
    projectedRevenue: new Float64Array(P),
    projectedCost: new Float64Array(P),
  };
  const stride = frame.horizon + 1;
  for (let c = 0; c < customers.n; c++) {
    const p = customers.partner[c];
    money.historyCustomers[p]++;
    money.historyRevenue[p] = money.historyRevenue[p] + customers.revenueCents[c];
    money.historyCost[p] = money.historyCost[p] + customers.retentionCostCents[c];
    if (customers.active[c] !== 1) continue;
    money.projectedCustomers[p]++;
    const mrr = customers.mrrCents[c];
    const crc = customers.crcPerMonthCents[c];
    let revenue = 0;
    let cost = 0;
    for (let k = 1; k <= frame.horizon; k++) {
      const w = frame.weight[c * stride + k] * discount[k];
      if (mrr > 0) revenue += mrr * w;
      cost += crc * w;
    }
    money.projectedRevenue[p] = money.projectedRevenue[p] + revenue;
    money.projectedCost[p] = money.projectedCost[p] + cost;
  }
  return money;
}
