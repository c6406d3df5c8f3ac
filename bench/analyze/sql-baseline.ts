import type Database from 'better-sqlite3';

/** One query the engine ran, with its parameters. */
export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

type Runner = (...params: unknown[]) => unknown;

/**
 * Records every query run on `db` while `work` runs: the engine's own SQL, with its parameters,
 * so the peer measurement runs exactly the same aggregations.
 */
export function captureQueries(db: Database.Database, work: () => void): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const prepare = db.prepare.bind(db);
  const patched = (sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'iterate'] as const) {
      const run = statement[method].bind(statement) as Runner;
      (statement as unknown as Record<string, Runner>)[method] = (...params: unknown[]) => {
        if (statement.reader) captured.push({ sql, params });
        return run(...params);
      };
    }
    return statement;
  };
  (db as unknown as { prepare: typeof patched }).prepare = patched;
  try {
    work();
  } finally {
    (db as unknown as { prepare: typeof prepare }).prepare = prepare;
  }
  return captured;
}

/**
 * The peer: each captured query summarised inside SQLite, `SELECT count(*) FROM (query)`, so
 * SQLite does all the scanning, joining and grouping and returns one row to JavaScript.
 * Returns the wall time in milliseconds.
 */
export function replayInSqlite(db: Database.Database, queries: readonly CapturedQuery[]): number {
  const statements = queries.map((q) => ({
    statement: db.prepare(`SELECT count(*) FROM (${q.sql})`).pluck(),
    params: q.params,
  }));
  const started = performance.now();
  db.transaction(() => {
    for (const { statement, params } of statements) statement.get(...params);
  })();
  return performance.now() - started;
}
