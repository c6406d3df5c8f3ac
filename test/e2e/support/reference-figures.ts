import Database from 'better-sqlite3';

/**
 * The Overview's figures worked out straight from a workspace file with plain SQL, following the
 * definitions in the design (section 4), independently of the application's own code. The tests
 * compare the screen against these.
 */
export interface ReferenceFigures {
  asOf: string | null;
  accounts: number;
  active: number;
  churned: number;
  mrr: { amount: number; currency: string; excluded: string[] };
  partners: number;
  referredAccounts: number;
}

export interface ReferenceSource {
  rows: number;
  accountsCovered: number | null;
  orphans: number;
}

interface Subscription {
  account_id: string;
  start_date: string | null;
  end_date: string | null;
  mrr: number | null;
  currency: string | null;
  status: string | null;
}

/** Dates of things that happened; subscription dates are schedules and may lie in the future. */
const eventColumns = [
  ['accounts', 'signup_date'],
  ['accounts', 'churn_date'],
  ['payments', 'paid_at'],
  ['tickets', 'created_at'],
  ['surveys', 'responded_at'],
  ['usage', 'period'],
  ['referrals', 'referred_at'],
  ['commissions', 'created_at'],
] as const;

const churnedStatus = /^(churned|cancell?ed|canceled)$/i;
const trialStatus = /^(trialing|trial|in_trial)$/i;

export function referenceKeyFigures(
  path: string,
  today = new Date().toISOString().slice(0, 10),
): ReferenceFigures {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const latest = db
      .prepare(
        `SELECT max(d) FROM (${eventColumns
          .map(([table, column]) => `SELECT max(substr(${column}, 1, 10)) AS d FROM ${table}`)
          .join(' UNION ALL ')})`,
      )
      .pluck()
      .get() as string | null;
    const asOf = latest === null ? null : latest > today ? today : latest;

    const setting = <T>(key: string, fallback: T): T => {
      const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as
        string | undefined;
      return value === undefined ? fallback : (JSON.parse(value) as T);
    };
    const base = setting('currency.base', 'USD');
    const rates = setting<Record<string, number>>('currency.rates', {});

    const byAccount = new Map<string, Subscription[]>();
    for (const s of db.prepare('SELECT * FROM subscriptions').all() as Subscription[]) {
      const list = byAccount.get(s.account_id) ?? [];
      list.push(s);
      byAccount.set(s.account_id, list);
    }
    const accounts = db.prepare('SELECT account_id, churn_date, status FROM accounts').all() as {
      account_id: string;
      churn_date: string | null;
      status: string | null;
    }[];

    let active = 0;
    let churned = 0;
    let mrr = 0;
    const excluded = new Set<string>();
    const day = asOf ?? '';
    // A customer is an account that paid: by the as-of date, with money that arrived when payments
    // are imported; else with a started subscription that is neither a trial nor free.
    const hasPayments = db.prepare('SELECT 1 FROM payments LIMIT 1').get() !== undefined;
    const payers = new Set(
      db
        .prepare(
          `SELECT DISTINCT account_id FROM payments
           WHERE amount > 0 AND substr(paid_at, 1, 10) <= ?
             AND lower(coalesce(status, 'paid')) NOT IN ('failed', 'declined', 'canceled',
               'cancelled', 'void', 'voided', 'pending', 'uncaptured', 'requires_payment_method')`,
        )
        .pluck()
        .all(day) as string[],
    );
    for (const account of asOf === null ? [] : accounts) {
      const own = byAccount.get(account.account_id) ?? [];
      // A subscription that ends before it starts (cancelled in its trial) never ran.
      const ran = own.filter((s) => !(s.start_date && s.end_date && s.end_date < s.start_date));
      const started = ran.filter((s) => s.start_date !== null && s.start_date <= day);
      const paid = hasPayments
        ? payers.has(account.account_id)
        : own.length === 0 ||
          started.some((s) => !trialStatus.test(s.status ?? '') && (s.mrr === null || s.mrr > 0));
      if (!paid) continue;
      const running = started.filter((s) => s.end_date === null || s.end_date > day);
      const allEnded = started.length > 0 && running.length === 0;
      const lastEnd = started
        .map((s) => s.end_date)
        .filter((end): end is string => end !== null && end <= day)
        .sort()
        .at(-1);
      const declared =
        account.churn_date !== null && account.churn_date <= day ? account.churn_date : null;
      const statusSaysChurned =
        account.status !== null && churnedStatus.test(account.status.trim());
      let isActive = !allEnded && declared === null && !statusSaysChurned;
      if (!isActive) {
        const churnDate = allEnded ? (lastEnd ?? null) : declared;
        isActive =
          churnDate !== null &&
          running.some((s) => s.start_date !== null && s.start_date > churnDate);
      }
      if (!isActive) {
        churned++;
        continue;
      }
      active++;
      for (const s of running) {
        if (s.mrr === null || trialStatus.test(s.status ?? '')) continue;
        const currency = (s.currency ?? base).toUpperCase();
        if (currency === base) mrr += s.mrr;
        else if (rates[currency] !== undefined) mrr += s.mrr * rates[currency];
        else excluded.add(currency);
      }
    }

    return {
      asOf,
      accounts: accounts.length,
      active,
      churned,
      mrr: { amount: mrr, currency: base, excluded: [...excluded].sort() },
      partners: db.prepare('SELECT count(*) FROM partners').pluck().get() as number,
      referredAccounts: db
        .prepare(
          'SELECT count(DISTINCT account_id) FROM referrals WHERE account_id IN (SELECT account_id FROM accounts)',
        )
        .pluck()
        .get() as number,
    };
  } finally {
    db.close();
  }
}

/** Rows, accounts reached and orphaned rows of one canonical table. */
export function referenceSource(path: string, table: string): ReferenceSource {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    if (table === 'accounts') return { rows, accountsCovered: rows, orphans: 0 };
    if (!columns.includes('account_id')) return { rows, accountsCovered: null, orphans: 0 };
    const accountsCovered = db
      .prepare(
        `SELECT count(DISTINCT account_id) FROM ${table} WHERE account_id IN (SELECT account_id FROM accounts)`,
      )
      .pluck()
      .get() as number;
    const orphans = db
      .prepare(
        `SELECT count(*) FROM ${table} WHERE account_id IS NOT NULL AND account_id <> '' AND account_id NOT IN (SELECT account_id FROM accounts)`,
      )
      .pluck()
      .get() as number;
    return { rows, accountsCovered, orphans };
  } finally {
    db.close();
  }
}

/** The canonical tables that hold at least one row. */
export function tablesWithRows(path: string, tables: readonly string[]): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return tables.filter(
      (table) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) > 0,
    );
  } finally {
    db.close();
  }
}
