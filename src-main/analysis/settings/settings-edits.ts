import type Database from 'better-sqlite3';
import { currencyCodePattern } from '../../../src-shared/model/analysis/settings';
import { readSetting, writeSetting } from '../../store/settings';
import { InvalidAnalysisInput } from '../analysis-error';
import type { ExchangeRates } from '../money/currency';
import type { CrcAllocation } from './analysis-settings';
import { settingKeys } from './setting-keys';

export interface MoneySettingsChange {
  /** 0–1. */
  grossMargin?: number;
  /** Annual, 0–1. */
  discountRate?: number;
  /** Cost per active account-month when cs_costs is empty; null to clear. Clears the monthly total. */
  crcPerAccountMonth?: number | null;
  /** The whole base's cost per month when cs_costs is empty; null to clear. Clears the per-account cost. */
  crcMonthlyTotal?: number | null;
  crcAllocation?: CrcAllocation;
  npsWindowDays?: number;
  /** The usage metric of the usage signals; null to pick one automatically. */
  usageMetric?: string | null;
  /** A three-letter code; a rate saved for it goes, as the base needs none. */
  baseCurrency?: string;
  /** Rates to set (units of the base currency per unit), or null to remove one; others stay. */
  rates?: Record<string, number | null>;
}

/** The most a cost or a rate may be: far beyond any real figure, short of nonsense. */
const LARGEST_AMOUNT = 1e9;
const LARGEST_RATE = 1e6;

/**
 * Saves the analysis settings an analyst can change; each is checked before anything is written,
 * so a refused change leaves every setting as it was. Any change here makes stored results stale,
 * through the settings hash they were stamped with.
 */
export function saveAnalysisSettings(db: Database.Database, change: MoneySettingsChange): void {
  const inRange = (name: string, value: number, low: number, high: number) => {
    if (!Number.isFinite(value) || value < low || value > high)
      throw new InvalidAnalysisInput(`${name} must be between ${low} and ${high}.`);
  };
  if (change.grossMargin !== undefined) inRange('The gross margin', change.grossMargin, 0, 1);
  if (change.discountRate !== undefined) inRange('The discount rate', change.discountRate, 0, 1);
  if (change.npsWindowDays !== undefined) inRange('The NPS window', change.npsWindowDays, 1, 3650);
  if (change.crcPerAccountMonth !== undefined && change.crcPerAccountMonth !== null)
    inRange('The cost per account-month', change.crcPerAccountMonth, 0, LARGEST_AMOUNT);
  if (change.crcMonthlyTotal !== undefined && change.crcMonthlyTotal !== null)
    inRange('The monthly customer-success cost', change.crcMonthlyTotal, 0, LARGEST_AMOUNT);
  if (
    change.crcPerAccountMonth !== undefined &&
    change.crcPerAccountMonth !== null &&
    change.crcMonthlyTotal !== undefined &&
    change.crcMonthlyTotal !== null
  )
    throw new InvalidAnalysisInput(
      'Give the customer-success cost either per account-month or as a monthly total, not both.',
    );
  const base = change.baseCurrency === undefined ? undefined : currencyCode(change.baseCurrency);
  const rates = change.rates === undefined ? undefined : nextRates(db, change.rates, base);

  db.transaction(() => {
    if (change.grossMargin !== undefined)
      writeSetting(db, settingKeys.grossMargin, change.grossMargin);
    if (change.discountRate !== undefined)
      writeSetting(db, settingKeys.discountRate, change.discountRate);
    if (change.npsWindowDays !== undefined)
      writeSetting(db, settingKeys.npsWindowDays, Math.round(change.npsWindowDays));
    // The two ways of giving the cost exclude each other: setting one clears the other.
    if (change.crcPerAccountMonth !== undefined) {
      writeSetting(db, settingKeys.crcPerAccountMonth, change.crcPerAccountMonth);
      if (change.crcPerAccountMonth !== null) writeSetting(db, settingKeys.crcMonthlyTotal, null);
    }
    if (change.crcMonthlyTotal !== undefined) {
      writeSetting(db, settingKeys.crcMonthlyTotal, change.crcMonthlyTotal);
      if (change.crcMonthlyTotal !== null) writeSetting(db, settingKeys.crcPerAccountMonth, null);
    }
    if (change.crcAllocation !== undefined)
      writeSetting(db, settingKeys.crcAllocation, change.crcAllocation);
    if (change.usageMetric !== undefined)
      writeSetting(db, settingKeys.usageMetric, change.usageMetric);
    if (base !== undefined) {
      writeSetting(db, settingKeys.baseCurrency, base);
      const stored = rates ?? readSetting<ExchangeRates>(db, settingKeys.rates, {});
      writeSetting(db, settingKeys.rates, withoutCode(stored, base));
    } else if (rates !== undefined) writeSetting(db, settingKeys.rates, rates);
  })();
}

/** A currency code as the analyst typed it, in capitals; anything but three letters is refused. */
function currencyCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!currencyCodePattern.test(code))
    throw new InvalidAnalysisInput(
      `"${text}" is not a currency code: write three letters, such as USD, EUR or JPY.`,
    );
  return code;
}

/** The rates after a change: each one given is set or (null) removed, each checked first. */
function nextRates(
  db: Database.Database,
  change: Record<string, number | null>,
  nextBase: string | undefined,
): Record<string, number> {
  const base = nextBase ?? readSetting<string>(db, settingKeys.baseCurrency, 'USD');
  const rates = new Map(Object.entries(readSetting<ExchangeRates>(db, settingKeys.rates, {})));
  for (const [typed, rate] of Object.entries(change)) {
    const code = currencyCode(typed);
    if (rate === null) {
      rates.delete(code);
      continue;
    }
    if (code === base)
      throw new InvalidAnalysisInput(`${code} is the base currency: it needs no rate.`);
    if (!Number.isFinite(rate) || rate <= 0 || rate > LARGEST_RATE)
      throw new InvalidAnalysisInput(
        `The rate of ${code} must be a number above 0 (how many ${base} one ${code} is worth).`,
      );
    rates.set(code, rate);
  }
  return Object.fromEntries(rates);
}

const withoutCode = (rates: ExchangeRates, code: string): Record<string, number> =>
  Object.fromEntries(Object.entries(rates).filter(([c]) => c !== code));
