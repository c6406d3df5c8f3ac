import type Database from 'better-sqlite3';
import { compareKeys } from '../../store/key-order';

export interface SubscriptionRow {
  plan: string | null;
  start: string;
  end: string | null;
  mrr: number | null;
  currency: string | null;
  status: string | null;
}

type Raw = [
  string,
  string | null,
  string,
  string | null,
  number | null,
  string | null,
  string | null,
];

const trialStatuses = new Set(['trialing', 'trial', 'in_trial', 'intrial']);
export const isTrialStatus = (status: string | null): boolean =>
  status !== null && trialStatuses.has(status.trim().toLowerCase());

/**
 * Calls `visit` once for every account position, in order, with the subscriptions of that account
 * (start date order). Subscriptions without a start date or account tell nothing and are skipped.
 */
export function forEachAccountSubscriptions(
  db: Database.Database,
  ids: readonly string[],
  visit: (index: number, subscriptions: SubscriptionRow[]) => void,
): void {
  const rows = db
    .prepare(
      `SELECT account_id, plan, substr(start_date, 1, 10), substr(end_date, 1, 10), mrr, currency, status
       FROM subscriptions WHERE account_id IS NOT NULL AND start_date IS NOT NULL
       ORDER BY account_id, start_date, subscription_id`,
    )
    .raw()
    .iterate() as IterableIterator<Raw>;
  let next = rows.next();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const own: SubscriptionRow[] = [];
    while (!next.done && compareKeys(next.value[0], id) < 0) next = rows.next();
    while (!next.done && next.value[0] === id) {
      const r = next.value;
      own.push({ plan: r[1], start: r[2], end: r[3], mrr: r[4], currency: r[5], status: r[6] });
      next = rows.next();
    }
    visit(i, own);
  }
  if (!next.done) rows.return?.();
}
