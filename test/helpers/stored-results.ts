import type Database from 'better-sqlite3';

/** Everything an analysis run stores except its own id and timing, in a fixed order. */
export function storedResults(db: Database.Database): string {
  const rows = (sql: string) => JSON.stringify(db.prepare(sql).raw().all());
  return [
    rows('SELECT * FROM account_metrics ORDER BY account_id'),
    rows('SELECT * FROM advocate_scores ORDER BY account_id'),
    rows('SELECT * FROM churn_risk ORDER BY account_id'),
    rows('SELECT kind, key, body FROM analysis_reports ORDER BY kind, key'),
    rows(`SELECT json_remove(summary, '$.stamp') FROM analysis_runs`),
  ].join('\n');
}
