import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * The stronger peer of the analysis benchmark: DuckDB, the embedded analytical engine, computing
 * the per-account aggregates the analysis needs from the same rows. The rows are loaded before any
 * timing, as a skilled user would: each table written out by the `sqlite3` shell as CSV and read
 * by DuckDB's own CSV reader into a table of its database file, cached beside the workspace.
 *
 * What is timed is every aggregate the engine's reads produce, each materialised in DuckDB with
 * nothing returned to JavaScript: status and tenure, current MRR, revenue and refunds, tickets in
 * their windows, the NPS and CSAT windows, usage level and trend by month, movements, and partner
 * commissions and referrals. DuckDB uses every core, as it would for anyone.
 */

/** The columns each aggregate reads, typed as DuckDB reads them best: dates and times as such. */
const tables: Record<string, Record<string, string>> = {
  accounts: {
    account_id: 'VARCHAR',
    plan: 'VARCHAR',
    acquisition_channel: 'VARCHAR',
    signup_date: 'DATE',
    status: 'VARCHAR',
    csm_owner: 'VARCHAR',
  },
  subscriptions: {
    account_id: 'VARCHAR',
    plan: 'VARCHAR',
    start_date: 'DATE',
    end_date: 'DATE',
    mrr: 'DOUBLE',
    currency: 'VARCHAR',
    status: 'VARCHAR',
  },
  payments: {
    account_id: 'VARCHAR',
    paid_at: 'TIMESTAMP',
    amount: 'DOUBLE',
    currency: 'VARCHAR',
    refunded_amount: 'DOUBLE',
    status: 'VARCHAR',
  },
  tickets: {
    account_id: 'VARCHAR',
    created_at: 'TIMESTAMP',
    priority: 'VARCHAR',
    satisfaction: 'DOUBLE',
  },
  surveys: { account_id: 'VARCHAR', responded_at: 'TIMESTAMP', type: 'VARCHAR', score: 'DOUBLE' },
  usage: { account_id: 'VARCHAR', period: 'DATE', metric: 'VARCHAR', value: 'DOUBLE' },
  mrr_movements: {
    account_id: 'VARCHAR',
    date: 'DATE',
    type: 'VARCHAR',
    mrr_delta: 'DOUBLE',
    currency: 'VARCHAR',
  },
  referrals: {
    partner_id: 'VARCHAR',
    account_id: 'VARCHAR',
    referred_at: 'DATE',
    converted_at: 'DATE',
  },
  commissions: {
    partner_id: 'VARCHAR',
    account_id: 'VARCHAR',
    amount: 'DOUBLE',
    currency: 'VARCHAR',
    status: 'VARCHAR',
    created_at: 'DATE',
  },
};

/** Loads the workspace's rows into a DuckDB file once; later runs reuse it while it is newer. */
export async function loadIntoDuckDb(workspace: string, log: (line: string) => void) {
  const file = `${workspace}.duckdb`;
  if (existsSync(file) && statSync(file).mtimeMs > statSync(workspace).mtimeMs) return file;
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  const dir = `${workspace}.csv`;
  mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    for (const [table, columns] of Object.entries(tables)) {
      log(`  loading ${table} into DuckDB`);
      const csv = `${dir}/${table}.csv`;
      const names = Object.keys(columns).join(', ');
      const shell = spawnSync(
        'sqlite3',
        ['-csv', '-cmd', `.output ${csv}`, workspace, `SELECT ${names} FROM ${table}`],
        { encoding: 'utf8' },
      );
      if (shell.status !== 0) throw new Error(`sqlite3 could not write ${table}: ${shell.stderr}`);
      const types = Object.entries(columns)
        .map(([name, type]) => `'${name}': '${type}'`)
        .join(', ');
      await connection.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_csv('${csv}', header = false, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${types}})`,
      );
    }
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
  return file;
}

/** The aggregates, at the as-of date of the engine (the latest date in the data). */
const aggregates = (asOf: string) => {
  const day = `DATE '${asOf}'`;
  const next = `(${day} + INTERVAL 1 DAY)`;
  const before = (days: number) => `(${day} - INTERVAL ${days} DAY)`;
  const month = (k: number) => `date_trunc('month', ${day} - INTERVAL ${k} MONTH)`;
  return [
    `CREATE OR REPLACE TEMP TABLE peer_lifecycle AS
     SELECT account_id, min(start_date) AS started, max(coalesce(end_date, ${day})) AS ended,
            bool_or(end_date IS NULL OR end_date > ${day}) AS active,
            sum(mrr) FILTER (WHERE start_date <= ${day} AND (end_date IS NULL OR end_date > ${day})) AS mrr,
            count(*) AS subscriptions, arg_max(plan, start_date) AS plan
     FROM subscriptions WHERE account_id IS NOT NULL AND start_date IS NOT NULL
     GROUP BY account_id`,
    `CREATE OR REPLACE TEMP TABLE peer_revenue AS
     SELECT account_id, upper(coalesce(currency, '')) AS currency, count(*) AS payments,
            sum(amount) AS amount, sum(coalesce(refunded_amount, 0)) AS refunded,
            min(paid_at) AS first_paid, max(paid_at) AS last_paid,
            count(*) FILTER (WHERE coalesce(refunded_amount, 0) > 0) AS refunds
     FROM payments WHERE account_id IS NOT NULL AND paid_at < ${next}
       AND lower(coalesce(status, 'paid')) IN ('paid', 'succeeded', 'refunded', 'partially_refunded')
     GROUP BY 1, 2`,
    `CREATE OR REPLACE TEMP TABLE peer_movements AS
     SELECT account_id, type, upper(coalesce(currency, '')) AS currency, count(*) AS n,
            sum(mrr_delta) AS delta
     FROM mrr_movements WHERE date <= ${day} GROUP BY 1, 2, 3`,
    `CREATE OR REPLACE TEMP TABLE peer_tickets AS
     SELECT account_id, count(*) AS tickets,
            count(*) FILTER (WHERE created_at >= ${before(90)}) AS recent,
            count(*) FILTER (WHERE created_at >= ${before(90)}
              AND lower(trim(coalesce(priority, ''))) IN ('urgent', 'high', 'critical', 'p1')) AS urgent,
            count(*) FILTER (WHERE created_at >= ${before(365)} AND satisfaction IS NOT NULL) AS rated,
            count(*) FILTER (WHERE created_at >= ${before(365)} AND satisfaction >= 4) AS satisfied
     FROM tickets WHERE account_id IS NOT NULL AND created_at < ${next} GROUP BY account_id`,
    `CREATE OR REPLACE TEMP TABLE peer_monthly_tickets AS
     SELECT account_id, date_trunc('month', created_at) AS month, count(*) AS n FROM tickets
     WHERE account_id IS NOT NULL AND created_at < ${next} GROUP BY 1, 2`,
    `CREATE OR REPLACE TEMP TABLE peer_surveys AS
     SELECT account_id,
            arg_max(score, responded_at) FILTER (WHERE type = 'NPS' AND score BETWEEN 0 AND 10) AS latest_nps,
            count(*) FILTER (WHERE type = 'NPS' AND score BETWEEN 0 AND 10 AND responded_at >= ${before(365)}) AS nps,
            count(*) FILTER (WHERE type = 'NPS' AND score >= 9 AND responded_at >= ${before(365)}) AS promoters,
            count(*) FILTER (WHERE type = 'NPS' AND score <= 6 AND responded_at >= ${before(365)}) AS detractors,
            count(*) FILTER (WHERE type = 'CSAT' AND score BETWEEN 1 AND 5 AND responded_at >= ${before(365)}) AS csat,
            count(*) FILTER (WHERE type = 'CSAT' AND score >= 4 AND responded_at >= ${before(365)}) AS satisfied
     FROM surveys WHERE account_id IS NOT NULL AND responded_at < ${next} GROUP BY account_id`,
    `CREATE OR REPLACE TEMP TABLE peer_usage AS
     WITH main AS (SELECT metric FROM usage GROUP BY metric ORDER BY count(*) DESC, metric LIMIT 1)
     SELECT u.account_id,
            ${[0, 1, 2, 3, 4, 5]
              .map(
                (k) =>
                  `sum(value) FILTER (WHERE date_trunc('month', period) = ${month(5 - k)}) AS m${k}`,
              )
              .join(', ')},
            avg(value) FILTER (WHERE period >= ${month(2)}) AS level,
            regr_slope(value, epoch(period)) FILTER (WHERE period >= ${month(5)}) AS trend
     FROM usage u JOIN main USING (metric)
     WHERE period <= ${day} GROUP BY u.account_id`,
    `CREATE OR REPLACE TEMP TABLE peer_first_use AS
     SELECT account_id, metric, min(period) AS first_period FROM usage
     WHERE value > 0 GROUP BY 1, 2`,
    `CREATE OR REPLACE TEMP TABLE peer_referrals AS
     SELECT account_id, arg_min(partner_id, coalesce(referred_at, converted_at, DATE '9999-12-31')) AS partner_id
     FROM referrals WHERE account_id IS NOT NULL AND partner_id IS NOT NULL GROUP BY account_id`,
    `CREATE OR REPLACE TEMP TABLE peer_partner_leads AS
     SELECT partner_id, count(*) AS leads, count(account_id) AS accounts FROM referrals
     WHERE partner_id IS NOT NULL AND coalesce(referred_at, DATE '0001-01-01') <= ${day}
     GROUP BY partner_id`,
    `CREATE OR REPLACE TEMP TABLE peer_commissions AS
     SELECT partner_id, account_id, upper(coalesce(currency, '')) AS currency,
            status = 'reversed' AS reversed, sum(amount) AS amount
     FROM commissions WHERE partner_id IS NOT NULL AND coalesce(created_at, DATE '0001-01-01') <= ${day}
     GROUP BY 1, 2, 3, 4`,
    `CREATE OR REPLACE TEMP TABLE peer_accounts AS
     SELECT a.account_id, a.plan, a.acquisition_channel, a.csm_owner, l.started, l.ended, l.active,
            l.mrr, date_diff('day', l.started, l.ended) AS lifetime_days,
            t.tickets, t.recent, s.nps, s.promoters, s.detractors, u.level, u.trend, r.partner_id
     FROM accounts a
     LEFT JOIN peer_lifecycle l USING (account_id) LEFT JOIN peer_tickets t USING (account_id)
     LEFT JOIN peer_surveys s USING (account_id) LEFT JOIN peer_usage u USING (account_id)
     LEFT JOIN peer_referrals r USING (account_id)`,
  ];
};

/** Opens the DuckDB file and returns a timed run of every aggregate, in milliseconds. */
export async function duckDbPeer(file: string, asOf: string) {
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const connection: DuckDBConnection = await instance.connect();
  const statements = aggregates(asOf);
  return {
    async run(): Promise<number> {
      const started = performance.now();
      for (const sql of statements) await connection.run(sql);
      return performance.now() - started;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
