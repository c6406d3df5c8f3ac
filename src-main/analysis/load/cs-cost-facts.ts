import type Database from 'better-sqlite3';
import { monthOf } from '../../../src-shared/calendar/months';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { accountIndex } from './account-index';

export interface CsCosts {
  /** Month index → cost for the whole customer base (scope `all`, or any scope not an account). */
  pooled: Map<number, number>;
  /** Account position → month index → cost booked to that account directly. */
  direct: Map<number, Map<number, number>>;
  excludedCurrencies: string[];
}

/** The cs_costs table in the base currency. Scopes that name an account are booked to it. */
export function readCsCosts(
  db: Database.Database,
  ids: readonly string[],
  asOf: string,
  currency: CurrencyContext,
): CsCosts {
  const costs: CsCosts = { pooled: new Map(), direct: new Map(), excludedCurrencies: [] };
  const excluded = new Set<string>();
  const rows = db
    .prepare(
      'SELECT period, scope, amount, currency FROM cs_costs WHERE amount IS NOT NULL AND period <= ? ORDER BY period, scope',
    )
    .raw()
    .all(asOf) as [string, string, number, string | null][];
  for (const [period, scope, amount, code] of rows) {
    const value = toBaseCurrency(amount, code, currency);
    if (value === null) {
      excluded.add((code ?? '').toUpperCase());
      continue;
    }
    const month = monthOf(period);
    const account = scope === 'all' ? -1 : accountIndex(ids, scope);
    if (account < 0) costs.pooled.set(month, (costs.pooled.get(month) ?? 0) + value);
    else {
      let perMonth = costs.direct.get(account);
      if (!perMonth) costs.direct.set(account, (perMonth = new Map()));
      perMonth.set(month, (perMonth.get(month) ?? 0) + value);
    }
  }
  costs.excludedCurrencies = [...excluded].sort();
  return costs;
}
