/**
 * Everything the commission engine reads, extracted once per data revision and money settings into
 * columns, so that a scenario is re-evaluated as a loop over arrays and not as a query. Partners are
 * in the partner report's order (by id); a partner's customers, payments and leads are contiguous
 * ranges of their columns, given by the offset arrays (`customerStart[p]` to `customerStart[p + 1]`).
 * Money is in integer cents of the base currency, held in Float64Arrays.
 */

/** No day: a customer that has not churned, a payment without a refund. */
export const NO_DAY = -2147483648;

export interface BookPartner {
  partnerId: string;
  name: string | null;
  type: string | null;
  /** The partners file's plan text, for overrides by commissionPlan. */
  commissionPlan: string | null;
  /** The sBG the partner report uses (shrunk for a small partner); null without a fit. */
  alpha: number | null;
  beta: number | null;
  /** Customers attributed to the partner whose money is not known in the base currency. */
  customersLeftOutOfMoney: number;
  excludedCurrencies: string[];
}

export interface BookCustomers {
  n: number;
  accountId: string[];
  partner: Int32Array;
  /** 1 for active at the as-of date, 0 for churned. */
  active: Uint8Array;
  firstPaidDay: Int32Array;
  churnDay: Int32Array;
  /** Calendar months of the first paid day and of the churn (-1 for none). */
  firstPaidMonth: Int32Array;
  churnMonth: Int32Array;
  /** Whole months from the first paid day to the as-of date (or the churn). */
  tenure: Int32Array;
  /** Current MRR in cents; NaN when unknown. */
  mrrCents: Float64Array;
  /** Realised revenue as the partner report counts it, in cents. */
  revenueCents: Float64Array;
  /** Customer-success cost so far, and per active month recently, in cents (0 when unknown). */
  retentionCostCents: Float64Array;
  crcPerMonthCents: Float64Array;
  /** Commissionable payments in the history (dated on or after the referral). */
  paymentCount: Int32Array;
  /** The day of commissionable payment 1, or NO_DAY, and its month (-1 for none). */
  firstPaymentDay: Int32Array;
  firstPaymentMonth: Int32Array;
}

export interface BookPayments {
  n: number;
  customer: Int32Array;
  day: Int32Array;
  /** Calendar month index (see `monthOf`). */
  month: Int32Array;
  grossCents: Float64Array;
  /** Gross minus refunded. */
  netCents: Float64Array;
  /** When the refund happened; NO_DAY without one. */
  refundDay: Int32Array;
  /** Payment number k among the customer's commissionable payments; 0 when not commissionable. */
  number: Int32Array;
}

export interface BookLeads {
  n: number;
  day: Int32Array;
  month: Int32Array;
  /** The referral's customer in this book, or -1 (a lead, a prospect, an account not counted). */
  customer: Int32Array;
}

/**
 * The commissions table as the partner report reads it, by partner, customer and month: the
 * built-in "Recorded commissions" scenario.
 */
export interface RecordedCommissions {
  n: number;
  /** Partner position of the commission row (the partner it was paid to). */
  partner: Int32Array;
  /** Book customer it is on, or -1. */
  customer: Int32Array;
  /** Month created (or paid, when no creation date); -1 when undated. */
  month: Int32Array;
  /** Approved or paid: "paid"; pending or approved but not yet paid out: "pending". */
  paidCents: Float64Array;
  pendingCents: Float64Array;
  /** Whether the table has any commission at all. */
  any: boolean;
}

export interface ScenarioBook {
  /** Identifies what the book was read from (see `bookKey`). */
  key: string;
  asOf: string;
  asOfDay: number;
  asOfMonth: number;
  /** The earliest month of any payment, lead or commission in the book. */
  firstMonth: number;
  currency: string;
  /** Realised revenue is MRR × active months: the workspace has no payments. */
  revenueEstimated: boolean;
  partners: BookPartner[];
  customerStart: Int32Array;
  paymentStart: Int32Array;
  leadStart: Int32Array;
  customers: BookCustomers;
  payments: BookPayments;
  leads: BookLeads;
  recorded: RecordedCommissions;
  /** Every referred customer left out of money (the sum of the partners'). */
  customersLeftOutOfMoney: number;
  excludedCurrencies: string[];
}
