import type Database from 'better-sqlite3';
import type { KeyFigures } from '../../src-shared/model/overview';
import { accountStatus, neverRan } from '../analysis/status/account-status';
import { latestDataDate } from '../analysis/status/as-of';
import { BaseCurrencyTotal, currencyContext } from '../analysis/money/currency';
import { compareKeys } from '../store/key-order';
import { dataRevision } from '../store/settings';

interface AccountRow {
  account_id: string;
  churn_date: string | null;
  status: string | null;
}

interface SubscriptionRow {
  account_id: string;
  start_date: string | null;
  end_date: string | null;
  mrr: number | null;
  currency: string | null;
  status: string | null;
}

const trialStatuses = new Set(['trialing', 'trial', 'in_trial']);

/**
 * The Overview's headline numbers at the as-of date. Accounts and their subscriptions are walked
 * together in key order, so memory stays flat however many accounts there are.
 */
export function computeKeyFigures(
  db: Database.Database,
  onProgress: (done: number) => void = () => {},
): KeyFigures {
  const asOf = latestDataDate(db);
  const accounts = db
    .prepare('SELECT account_id, churn_date, status FROM accounts ORDER BY account_id')
    .iterate() as IterableIterator<AccountRow>;
  const subscriptions = db
    .prepare(
      'SELECT account_id, start_date, end_date, mrr, currency, status FROM subscriptions WHERE account_id IS NOT NULL ORDER BY account_id, start_date',
    )
    .iterate() as IterableIterator<SubscriptionRow>;

  const mrr = new BaseCurrencyTotal(currencyContext(db));
  let total = 0;
  let active = 0;
  let churned = 0;
  let nextSub = subscriptions.next();

  for (const account of accounts) {
    if (++total % 50_000 === 0) onProgress(total);
    const own: SubscriptionRow[] = [];
    while (!nextSub.done && compareKeys(nextSub.value.account_id, account.account_id) < 0)
      nextSub = subscriptions.next();
    while (!nextSub.done && nextSub.value.account_id === account.account_id) {
      own.push(nextSub.value);
      nextSub = subscriptions.next();
    }
    if (asOf === null) continue;
    // Billing knows the account, but none of its subscriptions was ever paid for: not a customer.
    const periods = own.map((s) => ({ start: s.start_date, end: s.end_date }));
    if (periods.length > 0 && periods.every(neverRan)) continue;
    const state = accountStatus(
      { churnDate: account.churn_date, status: account.status, subscriptions: periods },
      asOf,
    );
    if (state.status === 'churned') {
      churned++;
      continue;
    }
    active++;
    for (const s of own) {
      const running =
        s.start_date !== null && s.start_date <= asOf && (s.end_date === null || s.end_date > asOf);
      if (running && s.mrr !== null && !trialStatuses.has((s.status ?? '').toLowerCase())) {
        mrr.add(s.mrr, s.currency);
      }
    }
  }
  if (!nextSub.done) subscriptions.return?.();

  return {
    asOf,
    accounts: total,
    active,
    churned,
    mrr: mrr.result(),
    partners: db.prepare('SELECT count(*) FROM partners').pluck().get() as number,
    referredAccounts: db
      .prepare(
        'SELECT count(DISTINCT r.account_id) FROM referrals r JOIN accounts a ON a.account_id = r.account_id',
      )
      .pluck()
      .get() as number,
    dataRevision: dataRevision(db),
  };
}
