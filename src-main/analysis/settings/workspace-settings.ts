import type Database from 'better-sqlite3';
import type { CurrencyInUse, WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import { currencyContext } from '../money/currency';
import { readAnalysisSettings } from './analysis-settings';

/** The tables whose amounts carry a currency. */
const moneyTables = ['subscriptions', 'payments', 'commissions', 'cs_costs'] as const;

/**
 * The settings as the Settings view and `settings` show them: the values every analysis reads
 * (the as-of date aside), the currencies the data uses with their rates, and whether imported
 * customer-success costs take precedence over the cost settings.
 */
export function readWorkspaceSettings(db: Database.Database): WorkspaceSettings {
  const settings = readAnalysisSettings(db, '1970-01-01', false);
  return {
    grossMargin: settings.grossMargin,
    discountRate: settings.discountRate,
    crcPerAccountMonth: settings.crcPerAccountMonth,
    crcMonthlyTotal: settings.crcMonthlyTotal,
    crcAllocation: settings.crcAllocation,
    csCostsImported: db.prepare('SELECT 1 FROM cs_costs LIMIT 1').get() !== undefined,
    npsWindowDays: settings.npsWindowDays,
    baseCurrency: settings.currency.base,
    rates: { ...settings.currency.rates },
    currencies: currenciesInUse(db),
  };
}

/**
 * Every currency code the money tables use, with how many rows carry it and its rate. A row
 * without a currency is in the base currency, as the engine reads it.
 */
export function currenciesInUse(db: Database.Database): CurrencyInUse[] {
  const { base, rates } = currencyContext(db);
  const rows = new Map<string, number>([[base, 0]]);
  for (const table of moneyTables) {
    const counts = db
      .prepare(
        `SELECT upper(coalesce(nullif(trim(currency), ''), ?)), count(*) FROM ${table} GROUP BY 1`,
      )
      .raw()
      .all(base) as [string, number][];
    for (const [code, count] of counts) rows.set(code, (rows.get(code) ?? 0) + count);
  }
  return [...rows]
    .map(([code, count]) => ({
      code,
      rows: count,
      rate: code === base ? 1 : (rates[code] ?? null),
      isBase: code === base,
    }))
    .sort((a, b) => Number(b.isBase) - Number(a.isBase) || (a.code < b.code ? -1 : 1));
}
