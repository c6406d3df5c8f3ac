import type Database from 'better-sqlite3';
import type { KeyFigures } from '../../src-shared/model/overview';
import { currencyContext, type CurrencyContext } from '../analysis/money/currency';
import { ACTIVE, CHURNED } from '../analysis/load/core-facts';
import { readCoreFacts } from '../analysis/load/read-core-facts';
import { latestDataDate } from '../analysis/status/as-of';
import { dataRevision } from '../store/settings';

/**
 * The Overview's headline numbers at the as-of date. Status and MRR come from the same account facts
 * the analysis reads, so the Overview and every analysis figure count customers the same way: an
 * account that never paid (a lead, a running or cancelled trial) is neither active nor churned.
 */
export function computeKeyFigures(
  db: Database.Database,
  onProgress: (done: number) => void = () => {},
): KeyFigures {
  const asOf = latestDataDate(db);
  const currency = currencyContext(db);
  const accounts = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  let active = 0;
  let churned = 0;
  let mrr = 0;
  const excluded = new Set<string>();
  if (asOf !== null) {
    const facts = readCoreFacts(db, asOf, currency, asOf);
    for (let i = 0; i < facts.n; i++) {
      if (facts.state[i] === CHURNED) churned++;
      if (facts.state[i] !== ACTIVE) continue;
      active++;
      const value = facts.mrr[i] ?? Number.NaN;
      if (!Number.isNaN(value)) mrr += value;
      else for (const code of facts.excluded.get(i) ?? []) if (code !== '') excluded.add(code);
    }
  }
  onProgress(accounts);

  return {
    asOf,
    accounts,
    active,
    churned,
    mrr: { amount: mrr, currency: currency.base, excludedCurrencies: [...excluded].sort() },
    mrrConverted: asOf === null ? [] : convertedCurrencies(db, asOf, currency),
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

/** The currencies other than the base, with a rate, of the subscriptions running at the as-of date. */
function convertedCurrencies(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
): KeyFigures['mrrConverted'] {
  const codes = db
    .prepare(
      `SELECT DISTINCT upper(currency) FROM subscriptions
       WHERE currency IS NOT NULL AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
       ORDER BY 1`,
    )
    .pluck()
    .all(asOf, asOf) as string[];
  return codes.flatMap((code) => {
    const rate = currency.rates[code];
    return code === currency.base || rate === undefined ? [] : [{ currency: code, rate }];
  });
}
