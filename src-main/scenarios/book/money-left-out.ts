import type Database from 'better-sqlite3';
import { toBaseCurrency, type CurrencyContext } from '../../analysis/money/currency';

/**
 * The paying customers whose money is not known in the base currency, each with the currencies that
 * kept it out, exactly as the partner report leaves them out: a payment or a subscription's MRR
 * without a rate (the stored account metrics' `excluded_currencies`, which the analysis writes from
 * the same facts), or a commission dated on or before the as-of date in a currency without a rate.
 */
export function customersLeftOutOfMoney(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
): Map<string, Set<string>> {
  const leftOut = new Map<string, Set<string>>();
  const note = (account: string, code: string) => {
    let codes = leftOut.get(account);
    if (!codes) leftOut.set(account, (codes = new Set()));
    codes.add(code);
  };
  for (const [account, codes] of db
    .prepare(
      `SELECT account_id, excluded_currencies FROM account_metrics
       WHERE paying = 1 AND excluded_currencies IS NOT NULL`,
    )
    .raw()
    .iterate() as IterableIterator<[string, string]>) {
    for (const code of codes.split(',')) note(account, code);
  }
  for (const [account, code] of db
    .prepare(
      `SELECT c.account_id, upper(coalesce(c.currency, '')) FROM commissions c
       JOIN account_metrics m ON m.account_id = c.account_id AND m.paying = 1
       WHERE coalesce(substr(c.created_at, 1, 10), '') <= ?
       GROUP BY 1, 2`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<[string, string]>) {
    if (toBaseCurrency(1, code === '' ? null : code, currency) === null) note(account, code);
  }
  return leftOut;
}
