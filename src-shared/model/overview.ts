export interface MoneyTotal {
  amount: number;
  currency: string;
  /** Currencies that were left out because no rate to the base currency is set. */
  excludedCurrencies: string[];
}

export interface KeyFigures {
  /** The date the figures are computed at: by default the latest date in the data. */
  asOf: string | null;
  accounts: number;
  active: number;
  churned: number;
  mrr: MoneyTotal;
  /**
   * The other currencies whose amounts MRR counts, converted at the analyst's rates: those of the
   * subscriptions running at the as-of date that have a rate.
   */
  mrrConverted: { currency: string; rate: number }[];
  partners: number;
  referredAccounts: number;
  dataRevision: number;
}
