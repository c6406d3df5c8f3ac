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
  partners: number;
  referredAccounts: number;
  dataRevision: number;
}
