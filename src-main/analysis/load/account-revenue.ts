import type Database from 'better-sqlite3';
import { dayOf, isoOf } from '../../../src-shared/calendar/days';
import { deriveMovements } from '../metrics/mrr-movements';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import type { SubscriptionMrr } from './account-lifecycle';
import { CHURNED, type CoreFacts } from './core-facts';
import { mergeByAccount } from './merge-by-account';
import { roundMoney } from './payment-facts';
import { isTrialStatus, type SubscriptionRow } from './subscription-rows';

/** The steps that tell one account's money: its MRR movements and its realised revenue. */

const AVERAGE_MONTH_DAYS = 365.25 / 12;

/** Expansions and contractions derived from the account's subscription changes. */
export function countMovements(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  paidFrom: string,
  mrrOf: SubscriptionMrr,
) {
  const movements = deriveMovements(started, paidFrom, facts.asOf, mrrOf);
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
    for (const m of deriveMovements(started, paidFrom, facts.asOf, (s) => s.mrr) ?? []) {
      if (m.type === 'expansion') facts.expansionCount[i]++;
      else if (m.type === 'contraction') facts.contractionCount[i]++;
    }
  }
}

/** Realised revenue: payments net of refunds, or an estimate from MRR × active months. */
export function recordRevenue(
  facts: CoreFacts,
  i: number,
  started: readonly SubscriptionRow[],
  paidFrom: string,
  mrrOf: SubscriptionMrr,
) {
  if (facts.basis === 'payments') {
    facts.realised[i] = roundMoney(facts.payments.gross[i] - facts.payments.refunded[i]);
  } else {
    const until = facts.state[i] === CHURNED ? isoOf(facts.churnDay[i]) : facts.asOf;
    facts.realised[i] = estimatedRevenue(started, paidFrom, until, mrrOf);
  }
}

/** Whether every priced subscription is billed in the same currency (a missing one is the base). */
function inOneCurrency(subscriptions: readonly SubscriptionRow[]): boolean {
  const codes = new Set<string>();
  for (const s of subscriptions) if (s.mrr !== null) codes.add((s.currency ?? '').toUpperCase());
  return codes.size <= 1;
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

type MovementRow = [string, string, string | null, number, number];

/** Imported MRR movements replace the derived ones, for the whole workspace. */
export function applyImportedMovements(
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
