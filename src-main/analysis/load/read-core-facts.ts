import type Database from 'better-sqlite3';
import { addDays, dayOf } from '../../../src-shared/calendar/days';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { neverRan } from '../status/account-status';
import { latestDataDate } from '../status/as-of';
import { NO_DAY, readAccountColumns, type AccountColumns } from './account-columns';
import {
  cancelledBeforePaying,
  firstPaidStart,
  markAccountsOnly,
  noteEarliestStart,
  paidStatus,
  recordCurrentMrr,
  recordLifetime,
} from './account-lifecycle';
import { applyImportedMovements, countMovements, recordRevenue } from './account-revenue';
import { Categorical } from './categorical';
import { PROSPECT, type CoreFacts, type CustomerBasis } from './core-facts';
import { MovementLedger } from './movement-ledger';
import { readPaymentFacts, type PaymentFacts } from './payment-facts';
import { forEachAccountSubscriptions, type SubscriptionRow } from './subscription-rows';

/**
 * Status, tenure, MRR, movements and revenue of every account at the as-of date, in named steps per
 * account: its start, its paid status, its lifetime, its current MRR, its movements, its revenue.
 */
export function readCoreFacts(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
  /** The latest date in the data (see `latestDataDate`), when the caller has it already. */
  latestInData: string | null = latestDataDate(db),
): CoreFacts {
  const accounts = readAccountColumns(db);
  const payments = readPaymentFacts(db, accounts.ids, addDays(asOf, 1), currency);
  const hasSubscriptions = db.prepare('SELECT 1 FROM subscriptions LIMIT 1').get() !== undefined;
  // A CRM status ("Churned") describes the day of the export, not a date in the past: it is read
  // only when the as-of date is the latest in the data, never for an earlier snapshot.
  const statusIsCurrent = latestInData === null || asOf >= latestInData;
  const statusOf = (i: number) => (statusIsCurrent ? (accounts.rawStatus[i] ?? null) : null);
  const facts = emptyFacts(accounts, asOf, payments, hasSubscriptions);
  const mrrOf = mrrInBaseCurrency(facts, currency);

  forEachAccountSubscriptions(db, accounts.ids, (i, subscriptions) => {
    // A subscription cancelled in its trial ends before its first paid day: it never ran.
    const started = subscriptions.filter((s) => s.start <= asOf && !neverRan(s));
    noteEarliestStart(facts, i, started);
    const status = paidStatus(facts, i, started, statusOf(i));
    const paidFrom = firstPaidStart(facts, i, started, status.firstStart);
    if (paidFrom === null) {
      facts.state[i] = PROSPECT;
      if (cancelledBeforePaying(subscriptions, asOf)) facts.inTrialCancelled[i] = 1;
      return;
    }
    recordLifetime(facts, i, status, started, dayOf(paidFrom));
    recordCurrentMrr(facts, i, started, mrrOf(i));
    countMovements(facts, i, started, paidFrom, mrrOf(i));
    recordRevenue(facts, i, started, paidFrom, mrrOf(i));
  });
  if (facts.basis === 'accounts') markAccountsOnly(facts, statusOf);
  applyImportedMovements(db, facts, asOf, currency);
  return facts;
}

/** Every account a prospect with nothing known yet, on the workspace's customer basis. */
function emptyFacts(
  accounts: AccountColumns,
  asOf: string,
  payments: PaymentFacts,
  hasSubscriptions: boolean,
): CoreFacts {
  const n = accounts.n;
  const basis: CustomerBasis = payments.present
    ? 'payments'
    : hasSubscriptions
      ? 'subscriptions'
      : 'accounts';
  return {
    ...accounts,
    asOf,
    asOfDay: dayOf(asOf),
    basis,
    state: new Uint8Array(n),
    reactivated: new Uint8Array(n),
    firstPaidDay: new Int32Array(n).fill(NO_DAY),
    churnDay: new Int32Array(n).fill(NO_DAY),
    churnEstimated: new Uint8Array(n),
    tenureMonths: new Int32Array(n).fill(-1),
    startDay: new Int32Array(accounts.signupDay),
    mrr: new Float64Array(n).fill(NaN),
    plan: new Categorical(n),
    expansionCount: new Int32Array(n),
    expansionMrr: new Float64Array(n),
    contractionCount: new Int32Array(n),
    realised: new Float64Array(n),
    revenueEstimated: basis !== 'payments',
    payments,
    inTrialCancelled: new Uint8Array(n),
    movements: new MovementLedger(hasSubscriptions ? 'derived' : 'none'),
    excluded: new Map(payments.excluded),
  };
}

/**
 * A subscription's MRR in the base currency, per account: null (and the currency noted as left
 * out for the account) when there is no rate for its currency.
 */
function mrrInBaseCurrency(facts: CoreFacts, currency: CurrencyContext) {
  return (i: number) => (s: SubscriptionRow) => {
    if (s.mrr === null) return 0;
    const converted = toBaseCurrency(s.mrr, s.currency, currency);
    if (converted === null) {
      let set = facts.excluded.get(i);
      if (!set) facts.excluded.set(i, (set = new Set()));
      set.add((s.currency ?? '').toUpperCase());
    }
    return converted;
  };
}
