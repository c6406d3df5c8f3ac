/** The analyst's settings of a workspace that every analysis reads, as the Settings view edits them. */

export type CrcAllocation = 'equal' | 'tickets';

/** One currency the workspace's data uses, with the rate that brings it into the base currency. */
export interface CurrencyInUse {
  code: string;
  /** Rows of subscriptions, payments, commissions and customer-success costs in it. */
  rows: number;
  /** Units of the base currency one unit is worth; null without a rate (left out of money). */
  rate: number | null;
  isBase: boolean;
}

export interface WorkspaceSettings {
  /** 0–1. */
  grossMargin: number;
  /** Annual, 0–1. */
  discountRate: number;
  /** Customer-success cost per active account-month, when no costs are imported; null for none. */
  crcPerAccountMonth: number | null;
  /** Customer-success cost for the whole base per month, when no costs are imported; null for none. */
  crcMonthlyTotal: number | null;
  crcAllocation: CrcAllocation;
  /** Whether cs_costs rows are imported: they take precedence over both settings above. */
  csCostsImported: boolean;
  npsWindowDays: number;
  baseCurrency: string;
  /** Every rate the analyst entered, by currency code. */
  rates: Record<string, number>;
  /** The currencies the data uses, the base first, then by code. */
  currencies: CurrencyInUse[];
}

/** A three-letter ISO 4217 code in capitals. */
export const currencyCodePattern = /^[A-Z]{3}$/;
