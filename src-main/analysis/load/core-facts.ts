import type { AccountColumns } from './account-columns';
import type { Categorical } from './categorical';
import type { MovementLedger } from './movement-ledger';
import type { PaymentFacts } from './payment-facts';

export const PROSPECT = 0;

export const ACTIVE = 1;

export const CHURNED = 2;

/**
 * What tells that an account became a paying customer, for the whole workspace: a payment when
 * payments are imported, else a subscription that is not a trial, else the signup date alone.
 */
export type CustomerBasis = 'payments' | 'subscriptions' | 'accounts';

/** Status, tenure, MRR, movements and revenue of every account at the as-of date. */
export interface CoreFacts extends AccountColumns {
  asOf: string;
  asOfDay: number;
  basis: CustomerBasis;
  /** PROSPECT (never paid), ACTIVE or CHURNED. */
  state: Uint8Array;
  reactivated: Uint8Array;
  firstPaidDay: Int32Array;
  churnDay: Int32Array;
  /** The churn date was not recorded and was taken from the last payment or subscription end. */
  churnEstimated: Uint8Array;
  tenureMonths: Int32Array;
  /** When the account started (signup or first subscription): early actions count from here. */
  startDay: Int32Array;
  /** Current MRR in the base currency; NaN when unknown or in a currency without a rate. */
  mrr: Float64Array;
  plan: Categorical;
  expansionCount: Int32Array;
  expansionMrr: Float64Array;
  contractionCount: Int32Array;
  realised: Float64Array;
  revenueEstimated: boolean;
  payments: PaymentFacts;
  /** Never paid, and every subscription it had ended by the as-of date: a trial that was cancelled. */
  inTrialCancelled: Uint8Array;
  /** MRR movements by month, derived from subscriptions or imported. */
  movements: MovementLedger;
  excluded: Map<number, Set<string>>;
}
