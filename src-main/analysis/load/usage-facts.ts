import type Database from 'better-sqlite3';
import { dayOf, isoOf } from '../../../src-shared/calendar/days';
import { firstDayOfMonth, monthOf, monthOfDay } from '../../../src-shared/calendar/months';
import { NO_DAY } from './account-columns';
import { mergeByAccount } from './merge-by-account';

/**
 * Metrics that measure volume (how much the product is used) rather than a feature. The first one
 * present is the usage level signal; none of them is an "early action".
 */
export const volumeMetrics = [
  'active_users',
  'users',
  'monthly_active_users',
  'mau',
  'seats_used',
  'sessions',
  'logins',
  'events',
  'page_views',
] as const;

export interface UsageFacts {
  metric: string | null;
  /**
   * Monthly mean of the metric over the three calendar months ending with the as-of month (the
   * months the account existed, at least one); 0 for an account with usage rows before but none in
   * the window, NaN for one never in the usage data.
   */
  level: Float64Array;
  /** Level against the monthly mean of the three months before, as a relative change; NaN without a base. */
  trend: Float64Array;
  /** Features first used within 30 days of each account's start, one flag array per feature. */
  earlyActions: Map<string, Uint8Array>;
}

const WINDOW_MONTHS = 3;
/** Months summed per account: the previous window, then the recent one. */
export const USAGE_MONTHS = 2 * WINDOW_MONTHS;
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const MAX_FEATURES = 40;

export function chooseUsageMetric(db: Database.Database, preferred: string | null): string | null {
  const has = db.prepare('SELECT 1 FROM usage WHERE metric = ? LIMIT 1');
  if (preferred !== null && has.get(preferred) !== undefined) return preferred;
  for (const metric of volumeMetrics) if (has.get(metric) !== undefined) return metric;
  return (
    (db
      .prepare('SELECT metric FROM usage GROUP BY metric ORDER BY count(*) DESC, metric LIMIT 1')
      .pluck()
      .get() as string | undefined) ?? null
  );
}

/**
 * What SQL sums of each account's usage (the part that needs no other fact about the account):
 * the metric's total in each month of the previous and the recent window, whether the account
 * ever appeared, and the first day each feature was used within its first weeks.
 */
export interface UsageSums {
  metric: string | null;
  /**
   * The metric's total per account and month, USAGE_MONTHS a row: account i's month k (0 = the
   * first month of the previous window, the last = the as-of month) at i × USAGE_MONTHS + k. Kept
   * by month so that the months before an account's start, known only later, can be left out.
   */
  monthly: Float64Array;
  /** 1 for an account with rows of the metric up to the as-of date. */
  seen: Uint8Array;
  /** Per feature, the day each account first used it in its first weeks, NO_DAY if not. */
  firstUse: Map<string, Int32Array>;
}

export function readUsageFacts(
  db: Database.Database,
  ids: readonly string[],
  asOf: string,
  startDay: Int32Array,
  preferredMetric: string | null,
  withEarlyActions = true,
): UsageFacts {
  return usageFacts(
    readUsageSums(db, ids, asOf, preferredMetric, withEarlyActions),
    asOf,
    startDay,
  );
}

/** Level, trend and early actions from the sums, once each account's start is known. */
export function usageFacts(sums: UsageSums, asOf: string, startDay: Int32Array): UsageFacts {
  const n = sums.seen.length;
  const facts: UsageFacts = {
    metric: sums.metric,
    level: new Float64Array(n).fill(NaN),
    trend: new Float64Array(n).fill(NaN),
    earlyActions: new Map(),
  };
  const asOfMonth = monthOf(asOf);
  const recentFirst = asOfMonth - WINDOW_MONTHS + 1;
  const previousFirst = recentFirst - WINDOW_MONTHS;
  for (let i = 0; i < n; i++) {
    if (sums.seen[i] === 0) continue;
    // A monthly average over the months the account existed in each window, so a customer of
    // one month is not a third as active as it is. Usage dated before the account's start month
    // (exports date some before the signup) falls outside those months and is not counted.
    const start = startDay[i] === NO_DAY ? -Infinity : monthOfDay(startDay[i]);
    const recentMonths = Math.max(1, asOfMonth - Math.max(start, recentFirst) + 1);
    const previousMonths = Math.min(WINDOW_MONTHS, recentFirst - Math.max(start, previousFirst));
    // Month k of the row is previousFirst + k; the first one the account existed in:
    const from = Math.max(0, Math.min(USAGE_MONTHS, start - previousFirst));
    let recent = 0;
    let previous = 0;
    for (let k = from; k < USAGE_MONTHS; k++) {
      if (k < WINDOW_MONTHS) previous += sums.monthly[i * USAGE_MONTHS + k];
      else recent += sums.monthly[i * USAGE_MONTHS + k];
    }
    const level = recent / recentMonths;
    facts.level[i] = round(level);
    if (previousMonths > 0 && previous > 0) {
      const previousLevel = previous / previousMonths;
      facts.trend[i] = round((level - previousLevel) / previousLevel);
    }
  }
  for (const [feature, firstDay] of sums.firstUse) {
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const start = startDay[i];
      // A monthly period is dated its first day, so a month that begins within 30 days counts.
      if (start !== NO_DAY && firstDay[i] !== NO_DAY && firstDay[i] <= start + 30) flags[i] = 1;
    }
    facts.earlyActions.set(feature, flags);
  }
  return facts;
}

/** The SQL part of the usage facts; needs only the accounts' ids, so it can run on another thread. */
export function readUsageSums(
  db: Database.Database,
  ids: readonly string[],
  asOf: string,
  preferredMetric: string | null,
  withEarlyActions = true,
): UsageSums {
  const n = ids.length;
  const metric = chooseUsageMetric(db, preferredMetric);
  const sums: UsageSums = {
    metric,
    monthly: new Float64Array(n * USAGE_MONTHS),
    seen: new Uint8Array(n),
    firstUse: new Map(),
  };
  if (metric === null) return sums;
  const previousFirst = monthOf(asOf) - USAGE_MONTHS + 1;
  const label = (month: number) => isoOf(firstDayOfMonth(month)).slice(0, 7);
  const months = Array.from({ length: USAGE_MONTHS }, (_, k) => label(previousFirst + k));
  // Month k holds the periods from its label up to the next month's: the join already bounds the
  // first month from below and the last from above.
  const monthTest = (k: number) =>
    k === 0
      ? 'u.period < @m1'
      : k === USAGE_MONTHS - 1
        ? `u.period >= @m${k}`
        : `u.period >= @m${k} AND u.period < @m${k + 1}`;
  // The accounts drive the loop and each reads its own rows of the last six months by the usage
  // key (account, period): no sort, and no scan of older history. The metric test is kept off the
  // (metric, period) index on purpose (the unary +), which would otherwise be chosen and read every
  // account's rows for each account. Periods compare by their month, so 'YYYY-MM' and 'YYYY-MM-DD'
  // both work ('2026-04-15' and '2026-04' lie between '2026-04' and '2026-05'). One column per
  // month, so that the months before an account's start can be dropped once the start is known.
  const rows = db
    .prepare(
      `SELECT a.account_id,
              ${months.map((_, k) => `total(CASE WHEN ${monthTest(k)} THEN u.value END)`).join(', ')},
              EXISTS (SELECT 1 FROM usage x WHERE x.account_id = a.account_id
                      AND +x.metric = @metric AND x.period <= @asOf)
       FROM accounts a LEFT JOIN usage u
         ON u.account_id = a.account_id AND u.period >= @m0 AND u.period <= @asOf
        AND +u.metric = @metric
       GROUP BY a.account_id ORDER BY a.account_id`,
    )
    .raw()
    .iterate({
      metric,
      asOf,
      ...Object.fromEntries(months.map((month, k) => [`m${k}`, month])),
    }) as IterableIterator<[string, ...number[]]>;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => {
      if (r[USAGE_MONTHS + 1] === 0) return;
      sums.seen[i] = 1;
      for (let k = 0; k < USAGE_MONTHS; k++)
        sums.monthly[i * USAGE_MONTHS + k] = r[k + 1] as number;
    },
  );
  if (withEarlyActions) readFirstUse(db, ids, asOf, metric, sums.firstUse);
  return sums;
}

function readFirstUse(
  db: Database.Database,
  ids: readonly string[],
  asOf: string,
  levelMetric: string,
  into: Map<string, Int32Array>,
): void {
  const excluded = new Set<string>([levelMetric, ...volumeMetrics]);
  const features = featureMetrics(db, excluded);
  if (features.length === 0) return;
  for (const f of features) into.set(f, new Int32Array(ids.length).fill(NO_DAY));
  // Only each account's first weeks are read: the accounts drive the loop (CROSS JOIN keeps that
  // order) and each seeks its usage rows up to 31 days after its signup, or after its first
  // subscription that ran when there is no signup date: a window that holds the 30 days after the
  // account's start, which is tested exactly below.
  const rows = db
    .prepare(
      `SELECT a.account_id, u.metric, min(u.period)
       FROM accounts a CROSS JOIN usage u
         ON u.account_id = a.account_id
        AND u.period <= min(@asOf, date(coalesce(substr(a.signup_date, 1, 10),
              (SELECT min(substr(s.start_date, 1, 10)) FROM subscriptions s
               WHERE s.account_id = a.account_id AND s.start_date <= @asOf
                 AND (s.end_date IS NULL OR s.end_date >= s.start_date))), '+31 days'))
       WHERE u.value > 0 AND u.metric IN (${features.map((_, k) => `@f${k}`).join(', ')})
       GROUP BY a.account_id, u.metric ORDER BY a.account_id`,
    )
    .raw()
    .iterate({
      asOf,
      ...Object.fromEntries(features.map((f, k) => [`f${k}`, f])),
    }) as IterableIterator<[string, string, string]>;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => {
      const firstDay = into.get(r[1]);
      if (firstDay) firstDay[i] = dayOf(r[2]);
    },
  );
}

/**
 * The usage metrics that name features, at most 40 (the commonest when there are more). The
 * distinct metrics are found by walking the metric index from one value to the next, which costs
 * a lookup per metric instead of a scan of every usage row.
 */
function featureMetrics(db: Database.Database, excluded: ReadonlySet<string>): string[] {
  const metrics = (
    db
      .prepare(
        `WITH RECURSIVE m(metric) AS (
           SELECT (SELECT min(metric) FROM usage)
           UNION ALL
           SELECT (SELECT min(metric) FROM usage WHERE metric > m.metric) FROM m
           WHERE m.metric IS NOT NULL)
         SELECT metric FROM m WHERE metric IS NOT NULL`,
      )
      .pluck()
      .all() as string[]
  ).filter((metric) => !excluded.has(metric));
  if (metrics.length <= MAX_FEATURES) return metrics;
  const rows = db.prepare('SELECT count(*) FROM usage WHERE metric = ?').pluck();
  return metrics
    .map((metric) => ({ metric, rows: rows.get(metric) as number }))
    .sort((a, b) => b.rows - a.rows || (a.metric < b.metric ? -1 : 1))
    .slice(0, MAX_FEATURES)
    .map((f) => f.metric);
}
