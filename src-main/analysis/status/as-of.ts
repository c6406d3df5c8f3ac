import type Database from 'better-sqlite3';

/**
 * The dates that record something that happened. Subscription dates are left out: a cancellation
 * scheduled for the end of a paid period, or the first paid day after a running trial, lies in the
 * future and must not move "today".
 */
const eventDates: readonly [table: string, column: string][] = [
  ['accounts', 'signup_date'],
  ['accounts', 'churn_date'],
  ['payments', 'paid_at'],
  ['tickets', 'created_at'],
  ['surveys', 'responded_at'],
  ['usage', 'period'],
  ['referrals', 'referred_at'],
  ['commissions', 'created_at'],
];

/**
 * The usage table is the largest; its latest period is read through the (metric, period) index, one
 * lookup per metric (walking from one metric to the next), instead of a scan of every row.
 */
const latestUsagePeriod = `
  SELECT substr(max(latest), 1, 10) AS d FROM (
    WITH RECURSIVE m(metric) AS (
      SELECT (SELECT min(metric) FROM usage)
      UNION ALL
      SELECT (SELECT min(metric) FROM usage WHERE metric > m.metric) FROM m
      WHERE m.metric IS NOT NULL)
    SELECT (SELECT max(period) FROM usage u WHERE u.metric = m.metric) AS latest
    FROM m WHERE m.metric IS NOT NULL)`;

/** The default as-of date: the latest date in the data, never later than today. Null without data. */
export function latestDataDate(
  db: Database.Database,
  today = new Date().toISOString().slice(0, 10),
): string | null {
  // Dates are stored as ISO text, so the latest value's day is the latest day, and max() of the
  // plain column skips a substr() per row (about three times faster on large tables).
  const parts = eventDates.map(([table, column]) =>
    table === 'usage'
      ? latestUsagePeriod
      : `SELECT substr(max(${column}), 1, 10) AS d FROM ${table}`,
  );
  const latest = db
    .prepare(`SELECT max(d) FROM (${parts.join(' UNION ALL ')})`)
    .pluck()
    .get() as string | null;
  if (!latest) return null;
  return latest > today ? today : latest;
}
