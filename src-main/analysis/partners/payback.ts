import type Database from 'better-sqlite3';
import { monthOf, monthOfDay } from '../../../src-shared/calendar/months';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import { mergeByAccount } from '../load/merge-by-account';
import { paidPaymentCondition, refundedExpression } from '../load/payment-facts';
import type { MoneyLeftOut } from '../groups/money-left-out';
import { readCommissionFlows, type PartnerCommissionsLeftOut } from './commission-flows';

/** Net cash per referred account and month since its first paid month, in the base currency. */
export interface ReferredCashflows {
  /** account position → month offset (0 = first paid month) → margin-free net revenue. */
  revenue: Map<number, Map<number, number>>;
  /** account position → month offset → commissions (net of reversals). */
  commissions: Map<number, Map<number, number>>;
  /**
   * Customers whose money is not known in the base currency, left out of every money figure of
   * the partner report (see `MoneyLeftOut`); they have no cash flows here.
   */
  leftOutOfMoney: MoneyLeftOut;
  /** By partner id: the commissions its total leaves out, and the currencies that did it. */
  commissionsLeftOut: ReadonlyMap<string, PartnerCommissionsLeftOut>;
}

const addTo = (map: Map<number, Map<number, number>>, i: number, offset: number, v: number) => {
  let inner = map.get(i);
  if (!inner) map.set(i, (inner = new Map()));
  inner.set(offset, (inner.get(offset) ?? 0) + v);
};

/** Only referred accounts' payments are read: payback is a partner figure. */
export function readReferredCashflows(
  db: Database.Database,
  facts: CoreFacts,
  nextDay: string,
  asOf: string,
  currency: CurrencyContext,
): ReferredCashflows {
  const commissions = readCommissionFlows(db, facts, asOf, currency);
  const leftOut = commissions.leftOutOfMoney;
  const flows: ReferredCashflows = {
    revenue: new Map(),
    commissions: commissions.byMonth,
    leftOutOfMoney: leftOut,
    commissionsLeftOut: commissions.leftOutByPartner,
  };
  const firstMonth = (i: number) => monthOfDay(facts.firstPaidDay[i]);
  const counted = (i: number) =>
    (facts.state[i] === ACTIVE || facts.state[i] === CHURNED) && !leftOut.has(i);
  const payments = db
    .prepare(
      `SELECT p.account_id, substr(p.paid_at, 1, 7), upper(coalesce(p.currency, '')),
              total(p.amount - ${refundedExpression})
       FROM payments p
       WHERE p.account_id IN (SELECT account_id FROM referrals WHERE account_id IS NOT NULL)
         AND p.paid_at < ? AND ${paidPaymentCondition}
       GROUP BY 1, 2, 3 ORDER BY 1`,
    )
    .raw()
    .iterate(nextDay) as IterableIterator<[string, string, string, number]>;
  mergeByAccount(
    facts.ids,
    payments,
    (r) => r[0],
    (i, r) => {
      if (!counted(i)) return;
      const v = toBaseCurrency(r[3], r[2] === '' ? null : r[2], currency);
      if (v !== null)
        addTo(flows.revenue, i, Math.max(0, monthOf(`${r[1]}-01`) - firstMonth(i)), v);
    },
  );
  return flows;
}

const MAX_PAYBACK_MONTHS = 60;

/**
 * Payback month of a partner's customers: the first month since their first payment (month 1 is
 * the month of the first payment) in which the average customer's cumulative gross profit
 * (net revenue × margin) covers its commissions and its customer-success cost so far. Each month
 * averages over the customers old enough to have reached it, churned ones included, so young
 * cohorts do not drag the figure. Null when it is not reached within five years of data.
 */
export function paybackMonth(
  facts: CoreFacts,
  members: Int32Array,
  flows: ReferredCashflows,
  grossMargin: number,
  crcTotal: Float64Array,
): number | null {
  const lastMonth = monthOfDay(facts.asOfDay);
  const sum = new Float64Array(MAX_PAYBACK_MONTHS);
  const count = new Float64Array(MAX_PAYBACK_MONTHS);
  for (const i of members) {
    const first = monthOfDay(facts.firstPaidDay[i]);
    const observed = Math.min(MAX_PAYBACK_MONTHS, lastMonth - first + 1);
    const endMonth = facts.state[i] === CHURNED ? monthOfDay(facts.churnDay[i]) : lastMonth;
    const activeMonths = Math.max(1, endMonth - first + 1);
    const crcPerMonth = Number.isNaN(crcTotal[i]) ? 0 : crcTotal[i] / activeMonths;
    const revenue = flows.revenue.get(i);
    const commission = flows.commissions.get(i);
    let cumulative = 0;
    for (let k = 0; k < observed; k++) {
      cumulative += (revenue?.get(k) ?? 0) * grossMargin - (commission?.get(k) ?? 0);
      if (first + k <= endMonth) cumulative -= crcPerMonth;
      sum[k] += cumulative;
      count[k]++;
    }
  }
  for (let k = 0; k < MAX_PAYBACK_MONTHS; k++) {
    if (count[k] === 0) break;
    if (sum[k] / count[k] >= 0) return k + 1;
  }
  return null;
}
