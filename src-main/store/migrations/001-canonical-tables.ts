/**
 * The canonical tables of DESIGN section 2, named so that any SQLite client can read a workspace.
 *
 * Conventions: dates are ISO-8601 text, amounts are REAL with their currency beside them, booleans are
 * 0/1. `extra` keeps the unmapped columns of the source row as JSON, and `import_run_id` records the
 * import that last wrote the row. Account references carry no foreign key on purpose: rows that point
 * to an unknown account (orphans) are kept and flagged, never rejected.
 */
export const canonicalTables = `
CREATE TABLE import_runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_size INTEGER,
  file_hash TEXT,
  encoding TEXT,
  delimiter TEXT,
  preset TEXT,
  mapping TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_inserted INTEGER NOT NULL DEFAULT 0,
  rows_updated INTEGER NOT NULL DEFAULT 0,
  rows_unchanged INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  errors TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  duration_ms INTEGER,
  status TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('completed', 'undone')),
  undone_at TEXT
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
  account_id TEXT PRIMARY KEY,
  name TEXT,
  domain TEXT,
  industry TEXT,
  country TEXT,
  employees INTEGER,
  plan TEXT,
  acquisition_channel TEXT,
  signup_date TEXT,
  churn_date TEXT,
  status TEXT,
  csm_owner TEXT,
  health_score REAL,
  primary_use_case TEXT,
  reference_consent INTEGER CHECK (reference_consent IN (0, 1)),
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;

CREATE TABLE contacts (
  contact_id TEXT PRIMARY KEY,
  account_id TEXT,
  name TEXT,
  email TEXT,
  title TEXT,
  role TEXT CHECK (role IN ('champion', 'decision_maker', 'influencer', 'user')),
  is_primary INTEGER CHECK (is_primary IN (0, 1)),
  last_activity_date TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX contacts_account ON contacts(account_id);
CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE subscriptions (
  subscription_id TEXT PRIMARY KEY,
  account_id TEXT,
  plan TEXT,
  start_date TEXT,
  end_date TEXT,
  mrr REAL,
  currency TEXT,
  billing_interval TEXT,
  status TEXT,
  cancel_reason TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX subscriptions_account ON subscriptions(account_id, start_date);

CREATE TABLE mrr_movements (
  account_id TEXT NOT NULL,
  date TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
  mrr_delta REAL,
  currency TEXT,
  plan_from TEXT,
  plan_to TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id),
  PRIMARY KEY (account_id, date, type)
) STRICT;
CREATE INDEX mrr_movements_date ON mrr_movements(date);

CREATE TABLE payments (
  payment_id TEXT PRIMARY KEY,
  account_id TEXT,
  paid_at TEXT,
  amount REAL,
  currency TEXT,
  refunded_amount REAL,
  status TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX payments_account ON payments(account_id, paid_at);

CREATE TABLE tickets (
  ticket_id TEXT PRIMARY KEY,
  account_id TEXT,
  created_at TEXT,
  solved_at TEXT,
  priority TEXT,
  status TEXT,
  category TEXT,
  satisfaction REAL,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX tickets_account ON tickets(account_id, created_at);

CREATE TABLE surveys (
  response_id TEXT PRIMARY KEY,
  account_id TEXT,
  contact_email TEXT,
  responded_at TEXT,
  type TEXT CHECK (type IN ('NPS', 'CSAT', 'CES')),
  score REAL,
  comment TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX surveys_account ON surveys(account_id, responded_at);

CREATE TABLE usage (
  account_id TEXT NOT NULL,
  period TEXT NOT NULL,
  metric TEXT NOT NULL,
  value REAL,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id),
  PRIMARY KEY (account_id, period, metric)
) STRICT;
CREATE INDEX usage_metric_period ON usage(metric, period);

CREATE TABLE partners (
  partner_id TEXT PRIMARY KEY,
  name TEXT,
  type TEXT,
  joined_at TEXT,
  status TEXT,
  commission_plan TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;

CREATE TABLE referrals (
  referral_id TEXT PRIMARY KEY,
  partner_id TEXT,
  account_id TEXT,
  referred_at TEXT,
  converted_at TEXT,
  status TEXT,
  coupon TEXT,
  landing_page TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX referrals_partner ON referrals(partner_id, referred_at);
CREATE INDEX referrals_account ON referrals(account_id);

CREATE TABLE commissions (
  commission_id TEXT PRIMARY KEY,
  partner_id TEXT,
  account_id TEXT,
  payment_id TEXT,
  amount REAL,
  currency TEXT,
  status TEXT CHECK (status IN ('pending', 'approved', 'paid', 'reversed')),
  created_at TEXT,
  paid_at TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id)
) STRICT;
CREATE INDEX commissions_partner ON commissions(partner_id, created_at);
CREATE INDEX commissions_account ON commissions(account_id);

CREATE TABLE cs_costs (
  period TEXT NOT NULL,
  scope TEXT NOT NULL,
  amount REAL,
  currency TEXT,
  extra TEXT,
  import_run_id INTEGER REFERENCES import_runs(id),
  PRIMARY KEY (period, scope)
) STRICT;
`;
