import type Database from 'better-sqlite3';
import { baseCurrency, readSetting } from '../../store/settings';

/** How many units of the base currency one unit of each other currency is worth, as the analyst set it. */
export type ExchangeRates = Readonly<Record<string, number>>;

export interface CurrencyContext {
  base: string;
  rates: ExchangeRates;
}

export function currencyContext(db: Database.Database): CurrencyContext {
  return { base: baseCurrency(db), rates: readSetting<ExchangeRates>(db, 'currency.rates', {}) };
}

/**
 * An amount in the base currency, or null when its currency has no rate: amounts in different
 * currencies are never mixed silently. A missing currency is taken to be the base currency.
 */
export function toBaseCurrency(
  amount: number,
  currency: string | null,
  context: CurrencyContext,
): number | null {
  const code = currency ? currency.toUpperCase() : context.base;
  if (code === context.base) return amount;
  const rate = context.rates[code];
  return rate === undefined ? null : amount * rate;
}

/** Sums amounts into the base currency and lists the currencies that had to be left out. */
export class BaseCurrencyTotal {
  amount = 0;
  private readonly excluded = new Set<string>();
  constructor(private readonly context: CurrencyContext) {}

  add(amount: number, currency: string | null): void {
    const converted = toBaseCurrency(amount, currency, this.context);
    if (converted === null) this.excluded.add((currency ?? '').toUpperCase());
    else this.amount += converted;
  }

  result() {
    return {
      amount: this.amount,
      currency: this.context.base,
      excludedCurrencies: [...this.excluded].sort(),
    };
  }
}
