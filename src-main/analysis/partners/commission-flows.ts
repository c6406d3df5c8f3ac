import type Database from 'better-sqlite3';
import { monthOf, monthOfDay } from '../../../src-shared/calendar/months';
import { isCustomer } from '../groups/lifetimes';
import type { CoreFacts } from '../load/core-facts';
import { mergeByAccount } from '../load/merge-by-account';
import { roundMoney } from '../load/payment-facts';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';

/** What a partner's commission total leaves out, on top of the commissions without a rate. */
export interface PartnerCommissionsLeftOut {
  /** Commissions in the base currency on customers whose money is left out, not reversed. */
  net: number;
  /** The same, reversed. */
  reversed: number;
  /** Currencies without a rate: of the partner's commissions, and of the customers left out. */
  currencies: Set<string>;
}

export interface CommissionFlows {
  /** account position → month offset (0 = first paid month) → commissions, net of reversals. */
  byMonth: Map<number, Map<number, number>>;
  /**
   * Customers whose money is not known in the base currency: core facts' `excluded`, and the
   * customers with a commission in a currency without a rate.
   */
  leftOutOfMoney: Map<number, Set<string>>;
  /** By partner id; a partner whose commissions leave nothing out has no entry. */
  leftOutByPartner: Map<string, PartnerCommissionsLeftOut>;
}

type CommissionRow = [
  account: string | null,
  partner: string | null,
  month: string | null,
  currency: string,
  reversed: number,
  amount: number,
];

/** The statuses that take a commission back, as the partner facts read them. */
const reversedStatus = `lower(coalesce(status, '')) IN ('reversed', 'void', 'voided', 'rejected', 'declined', 'refunded')`;

/**
 * Every commission up to the as-of date in one pass, grouped by account, partner, month, currency
 * and whether it was reversed: the monthly commissions of each customer for the payback month, and
 * what each partner's commission total must leave out so that it covers the same customers as the
 * partner's LTV and retention cost.
 */
export function readCommissionFlows(
  db: Database.Database,
  facts: CoreFacts,
  asOf: string,
  currency: CurrencyContext,
): CommissionFlows {
  const rows = db
    .prepare(
      `SELECT account_id, partner_id, substr(coalesce(created_at, paid_at), 1, 7),
              upper(coalesce(currency, '')), ${reversedStatus}, total(amount)
       FROM commissions WHERE coalesce(substr(created_at, 1, 10), '') <= ?
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1`,
    )
    .raw()
    .all(asOf) as CommissionRow[];
  // The customer each row is on, -1 for none (no account, an unknown one, or a prospect).
  const customerOf = new Int32Array(rows.length).fill(-1);
  mergeByAccount(
    facts.ids,
    rows.keys(),
    (k) => rows[k][0],
    (i, k) => {
      if (isCustomer(facts, i)) customerOf[k] = i;
    },
  );
  const amounts = rows.map((r) => toBaseCurrency(r[5], r[3] === '' ? null : r[3], currency));
  const flows: CommissionFlows = {
    byMonth: new Map(),
    leftOutOfMoney: new Map(),
    leftOutByPartner: new Map(),
  };
  const leftOut = flows.leftOutOfMoney;
  for (const [i, codes] of facts.excluded) leftOut.set(i, new Set(codes));
  const partner = (id: string): PartnerCommissionsLeftOut => {
    let entry = flows.leftOutByPartner.get(id);
    if (!entry)
      flows.leftOutByPartner.set(id, (entry = { net: 0, reversed: 0, currencies: new Set() }));
    return entry;
  };

  // First the amounts without a rate, which leave their customer's money unknown …
  rows.forEach((r, k) => {
    if (amounts[k] !== null) return;
    if (r[1] !== null) partner(r[1]).currencies.add(r[3]);
    const i = customerOf[k];
    if (i < 0) return;
    let codes = leftOut.get(i);
    if (!codes) leftOut.set(i, (codes = new Set()));
    codes.add(r[3]);
  });
  // … then the rest: on a customer left out, taken off its partner's total; else a monthly flow.
  rows.forEach((r, k) => {
    const amount = amounts[k];
    const i = customerOf[k];
    if (amount === null || i < 0) return;
    const codes = leftOut.get(i);
    if (codes) {
      if (r[1] === null) return;
      const entry = partner(r[1]);
      if (r[4] === 1) entry.reversed += amount;
      else entry.net += amount;
      for (const code of codes) entry.currencies.add(code);
    } else if (r[4] === 0 && r[2] !== null) {
      const offset = Math.max(0, monthOf(`${r[2]}-01`) - monthOfDay(facts.firstPaidDay[i]));
      let months = flows.byMonth.get(i);
      if (!months) flows.byMonth.set(i, (months = new Map()));
      months.set(offset, (months.get(offset) ?? 0) + amount);
    }
  });
  for (const entry of flows.leftOutByPartner.values()) {
    entry.net = roundMoney(entry.net);
    entry.reversed = roundMoney(entry.reversed);
  }
  return flows;
}
