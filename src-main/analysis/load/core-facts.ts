import type Database from 'better-sqlite3';
import { addDays, dayOf, isoOf } from '../../../src-shared/calendar/days';
import { wholeMonthsBetween } from '../../../src-shared/calendar/months';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { deriveMovements } from '../metrics/mrr-movements';
import { accountStatus, neverRan } from '../status/account-status';
import { latestDataDate } from '../status/as-of';
import { NO_DAY, readAccountColumns, type AccountColumns } from './account-columns';
import { Categorical } from './categorical';
import { mergeByAccount } from './merge-by-account';
import { readPaymentFacts, roundMoney, type PaymentFacts } from './payment-facts';
import { MovementLedger } from './movement-ledger';
import {
  forEachAccountSubscriptions,
  isTrialStatus,
  type SubscriptionRow,
} from './subscription-rows';

export const PROSPECT = 0;
export const ACTIVE = 1;
export const CHURNED = 2;

/**
 * What tells that an account became a paying customer, for the whole workspace: a payment when
 * payments are imported, else a subscription that is not a trial, else the signup date alone.
 */
export type CustomerBasis = 'payments' | 'subscriptions' | 'accounts';

const AVERAGE_MONTH_DAYS = 365.25 / 12;

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

export function readCoreFacts(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
  /** The latest date in the data (see `latestDataDate`), when the caller has it already. */
  latestInData: string | null = latestDataDate(db),
): CoreFacts {
  const accounts = readAccountColumns(db);
  const n = accounts.n;
  const nextDay = addDays(asOf, 1);
  const payments = readPaymentFacts(db, accounts.ids, nextDay, currency);
  const hasSubscriptions = db.prepare('SELECT 1 FROM subscriptions LIMIT 1').get() !== undefined;
  // A CRM status ("Churned") describes the day of the export, not a date in the past: it is read
  // only when the as-of date is the latest in the data, never for an earlier snapshot.
  const statusIsCurrent = latestInData === null || asOf >= latestInData;
  const statusOf = (i: number) => (statusIsCurrent ? (accounts.rawStatus[i] ?? null) : null);
  const basis: CustomerBasis = payments.present
    ? 'payments'
    : hasSubscriptions
      ? 'subscriptions'
      : 'accounts';
  const facts: CoreFacts = {
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
  const exclude = (i: number, code: string | null) => {
    let set = facts.excluded.get(i);
    if (!set) facts.excluded.set(i, (set = new Set()));
    set.add((code ?? '').toUpperCase());
  };
  const mrrOf = (i: number) => (s: SubscriptionRow) => {
    if (s.mrr === null) return 0;
    const converted = toBaseCurrency(s.mrr, s.currency, currency);
    if (converted === null) exclude(i, s.currency);
    return converted;
  };

  forEachAccountSubscriptions(db, accounts.ids, (i, subscriptions) => {
    // A subscription cancelled in its trial ends before its first paid day: it never ran.
    const started = subscriptions.filter((s) => s.start <= asOf && !neverRan(s));
    if (started.length > 0) {
      const first = dayOf(started[0]?.start ?? asOf);
      if (facts.startDay[i] === NO_DAY || first < facts.startDay[i]) facts.startDay[i] = first;
    }
    // A trial is not a paid subscription: one running after the paid ones ended does not keep the
    // account active or bring it back. Only an account with nothing but trials is judged by them
    // (and it is a prospect until it pays).
    const paid = started.filter((s) => !isTrialStatus(s.status));
    const status = accountStatus(
      {
        churnDate: accounts.rawChurnDate[i] ?? null,
        status: statusOf(i),
        subscriptions: (paid.length > 0 ? paid : started).map((s) => ({
          start: s.start,
          end: s.end,
        })),
      },
      asOf,
    );
    const paidFrom = firstPaidStart(facts, i, started, status.firstStart);
    if (paidFrom === null) {
      facts.state[i] = PROSPECT;
      if (cancelledBeforePaying(subscriptions, asOf)) facts.inTrialCancelled[i] = 1;
      return;
    }
    const paidDay = dayOf(paidFrom);
    facts.firstPaidDay[i] = paidDay;
    facts.reactivated[i] = status.reactivated ? 1 : 0;
    if (status.status === 'churned') {
      facts.state[i] = CHURNED;
      let churn = status.churnDate === null ? NO_DAY : dayOf(status.churnDate);
      if (churn === NO_DAY) {
        // Only a status says so: the account was last seen paying, ending or starting a
        // subscription, and left after that.
        facts.churnEstimated[i] = 1;
        let lastSeen: string | null = null;
        for (const s of started) {
          const seen = s.end !== null && s.end <= asOf ? s.end : s.start;
          if (lastSeen === null || seen > lastSeen) lastSeen = seen;
        }
        churn = Math.max(payments.lastPaidDay[i], lastSeen === null ? NO_DAY : dayOf(lastSeen));
      }
      facts.churnDay[i] = Math.max(churn, paidDay);
    } else {
      facts.state[i] = ACTIVE;
    }
    const endDay = facts.state[i] === CHURNED ? facts.churnDay[i] : facts.asOfDay;
    facts.tenureMonths[i] = wholeMonthsBetween(paidDay, endDay);

    // Current MRR: running, non-trial subscriptions at the as-of date.
    const running = started.filter(
      (s) => (s.end === null || s.end > asOf) && !isTrialStatus(s.status),
    );
    const latest = started.at(-1);
    facts.plan.set(i, running.at(-1)?.plan ?? latest?.plan ?? accounts.crmPlan.get(i));
    if (facts.state[i] === ACTIVE && running.length > 0) {
      let total = 0;
      let known = true;
      for (const s of running) {
        const value = mrrOf(i)(s);
        if (value === null) known = false;
        else total += value;
      }
      facts.mrr[i] = known ? roundMoney(total) : NaN;
    } else if (facts.state[i] === CHURNED) {
      facts.mrr[i] = 0;
    }

    const movements = deriveMovements(started, paidFrom, asOf, mrrOf(i));
    if (movements !== null) {
      for (const m of movements) {
        facts.movements.add(m.date, m.type, m.mrrDelta);
        if (m.type === 'expansion') {
          facts.expansionCount[i]++;
          facts.expansionMrr[i] = roundMoney(facts.expansionMrr[i] + m.mrrDelta);
        } else if (m.type === 'contraction') facts.contractionCount[i]++;
      }
    } else if (inOneCurrency(started)) {
      // Without a rate the amounts stay out of every total (expansion MRR stays 0, and the row
      // names the currency left out), but an expansion is still an expansion: counted in the
      // account's own currency.
      for (const m of deriveMovements(started, paidFrom, asOf, (s) => s.mrr) ?? []) {
        if (m.type === 'expansion') facts.expansionCount[i]++;
        else if (m.type === 'contraction') facts.contractionCount[i]++;
      }
    }
    if (basis === 'payments') {
      facts.realised[i] = roundMoney(payments.gross[i] - payments.refunded[i]);
    } else {
      const until = facts.state[i] === CHURNED ? isoOf(facts.churnDay[i]) : asOf;
      facts.realised[i] = estimatedRevenue(started, paidFrom, until, mrrOf(i));
    }
  });
  if (basis === 'accounts') markAccountsOnly(facts, statusOf);
  applyImportedMovements(db, facts, asOf, currency);
  return facts;
}

/** Whether every priced subscription is billed in the same currency (a missing one is the base). */
function inOneCurrency(subscriptions: readonly SubscriptionRow[]): boolean {
  const codes = new Set<string>();
  for (const s of subscriptions) if (s.mrr !== null) codes.add((s.currency ?? '').toUpperCase());
  return codes.size <= 1;
}

/** The first paid start by the workspace's customer basis; null for an account that never paid. */
function firstPaidStart(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  firstStart: string | null,
): string | null {
  if (facts.basis === 'payments') {
    const day = facts.payments.firstPaidDay[i];
    return day === NO_DAY ? null : isoOf(day);
  }
  if (facts.basis === 'subscriptions') {
    const paid = started.find((s) => !isTrialStatus(s.status) && (s.mrr === null || s.mrr > 0));
    return paid ? paid.start : null;
  }
  return firstStart;
}

/**
 * Whether an account that never paid had subscriptions, and all the ones known by the as-of date
 * had ended by then: a trial cancelled during the trial (or a first charge that never went through).
 */
function cancelledBeforePaying(subscriptions: readonly SubscriptionRow[], asOf: string): boolean {
  let known = 0;
  for (const s of subscriptions) {
    const ended = s.end !== null && s.end <= asOf;
    if (s.start > asOf && !ended) continue;
    if (!ended) return false;
    known++;
  }
  return known > 0;
}

/** Without payments: MRR × active months of each subscription up to the churn or as-of date, marked as an estimate. */
function estimatedRevenue(
  started: readonly SubscriptionRow[],
  paidFrom: string,
  until: string,
  mrrOf: (s: SubscriptionRow) => number | null,
): number {
  let total = 0;
  for (const s of started) {
    if (isTrialStatus(s.status)) continue;
    const from = dayOf(s.start < paidFrom ? paidFrom : s.start);
    const to = dayOf(s.end !== null && s.end < until ? s.end : until);
    if (to <= from) continue;
    const mrr = mrrOf(s);
    if (mrr !== null) total += (mrr * (to - from)) / AVERAGE_MONTH_DAYS;
  }
  return roundMoney(total);
}

/** Minimal master data: accounts without subscriptions are customers from their signup date. */
function markAccountsOnly(facts: CoreFacts, statusOf: (i: number) => string | null): void {
  for (let i = 0; i < facts.n; i++) {
    const signup = facts.signupDay[i];
    if (signup === NO_DAY || signup > facts.asOfDay) continue;
    const status = accountStatus(
      { churnDate: facts.rawChurnDate[i] ?? null, status: statusOf(i), subscriptions: [] },
      facts.asOf,
    );
    facts.firstPaidDay[i] = signup;
    facts.plan.set(i, facts.crmPlan.get(i));
    if (status.status === 'churned') {
      facts.state[i] = CHURNED;
      facts.churnDay[i] =
        status.churnDate === null ? signup : Math.max(signup, dayOf(status.churnDate));
      facts.churnEstimated[i] = status.churnDate === null ? 1 : 0;
    } else facts.state[i] = ACTIVE;
    const end = facts.state[i] === CHURNED ? facts.churnDay[i] : facts.asOfDay;
    facts.tenureMonths[i] = wholeMonthsBetween(signup, end);
    facts.realised[i] = NaN;
  }
}

type MovementRow = [string, string, string | null, number, number];

/** Imported MRR movements replace the derived ones, for the whole workspace. */
function applyImportedMovements(
  db: Database.Database,
  facts: CoreFacts,
  asOf: string,
  currency: CurrencyContext,
): void {
  if (db.prepare('SELECT 1 FROM mrr_movements LIMIT 1').get() === undefined) return;
  facts.movements.reset('imported');
  // Imported movements replace the derived ones for every account, not only for those they name:
  // one source for the whole workspace, so counts compare like with like.
  facts.expansionCount.fill(0);
  facts.expansionMrr.fill(0);
  facts.contractionCount.fill(0);
  for (const [date, type, code, count, total] of db
    .prepare(
      `SELECT substr(date, 1, 7) || '-01', type, currency, count(*), total(mrr_delta) FROM mrr_movements
       WHERE substr(date, 1, 10) <= ? GROUP BY 1, 2, 3`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<[string, string, string | null, number, number]>) {
    const amount = toBaseCurrency(total, code, currency);
    facts.movements.add(date, type, amount ?? 0, count);
  }
  const rows = db
    .prepare(
      `SELECT account_id, type, currency, count(*), total(mrr_delta) FROM mrr_movements
       WHERE substr(date, 1, 10) <= ? GROUP BY account_id, type, currency ORDER BY account_id`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<MovementRow>;
  mergeByAccount(
    facts.ids,
    rows,
    (r) => r[0],
    (i, r) => {
      if (r[1] === 'expansion') {
        facts.expansionCount[i] += r[3];
        const amount = toBaseCurrency(r[4], r[2], currency);
        if (amount !== null) facts.expansionMrr[i] = roundMoney(facts.expansionMrr[i] + amount);
      } else if (r[1] === 'contraction') facts.contractionCount[i] += r[3];
    },
  );
}
