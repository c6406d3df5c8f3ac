/**
 * The analysis engine's tables. Per-account results and reports are replaced together by each
 * `analyze` run, in one transaction, and carry the run's id; `analysis_runs` records what each run
 * was computed from (data revision, settings hash, as-of date) so stale results are visible.
 * Each score keeps, per signal, its direction-aware percentile and its contribution (the
 * percentile times the weight renormalised over the signals present); the contributions of a row
 * sum to its score. Columns rather than JSON keep a million explanations small and queryable.
 * Profiles, case-study rules and reference requests are the analyst's own data and are never
 * replaced by a run.
 */
export const analysisTables = `
CREATE TABLE analysis_runs (
  id INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  as_of_fixed INTEGER NOT NULL CHECK (as_of_fixed IN (0, 1)),
  data_revision INTEGER NOT NULL,
  settings_hash TEXT NOT NULL,
  profile TEXT NOT NULL,
  weights TEXT NOT NULL,
  started_at TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  summary TEXT NOT NULL
) STRICT;

CREATE TABLE account_metrics (
  account_id TEXT PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  name TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'churned', 'prospect')),
  paying INTEGER NOT NULL CHECK (paying IN (0, 1)),
  reactivated INTEGER NOT NULL CHECK (reactivated IN (0, 1)),
  first_paid_start TEXT,
  churn_date TEXT,
  tenure_months INTEGER,
  mrr REAL,
  realised_revenue REAL,
  revenue_estimated INTEGER NOT NULL CHECK (revenue_estimated IN (0, 1)),
  expansion_count INTEGER NOT NULL,
  expansion_mrr REAL NOT NULL,
  contraction_count INTEGER NOT NULL,
  crc_per_month REAL,
  retention_cost REAL,
  nps_latest REAL,
  nps_category TEXT CHECK (nps_category IN ('promoter', 'passive', 'detractor')),
  nps_date TEXT,
  csat_share REAL,
  csat_responses INTEGER NOT NULL,
  tickets_per_month REAL,
  urgent_share REAL,
  usage_level REAL,
  usage_trend REAL,
  health_score REAL,
  ltv REAL,
  channel TEXT,
  partner_id TEXT,
  plan TEXT,
  industry TEXT,
  country TEXT,
  use_case TEXT,
  csm TEXT,
  employees INTEGER,
  reference_consent INTEGER,
  is_partner INTEGER NOT NULL CHECK (is_partner IN (0, 1)),
  excluded_currencies TEXT,
  cluster INTEGER
) STRICT;
CREATE INDEX account_metrics_status ON account_metrics(status, account_id);
CREATE INDEX account_metrics_partner ON account_metrics(partner_id) WHERE partner_id IS NOT NULL;

CREATE TABLE advocate_scores (
  account_id TEXT PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  score REAL NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('champion', 'advocate', 'neutral', 'at_risk')),
  coverage REAL NOT NULL,
  signals_present INTEGER NOT NULL,
  health_percentile REAL,
  health_contribution REAL,
  nps_percentile REAL,
  nps_contribution REAL,
  csat_percentile REAL,
  csat_contribution REAL,
  usage_level_percentile REAL,
  usage_level_contribution REAL,
  usage_trend_percentile REAL,
  usage_trend_contribution REAL,
  expansion_percentile REAL,
  expansion_contribution REAL,
  ltv_percentile REAL,
  ltv_contribution REAL,
  friction_percentile REAL,
  friction_contribution REAL,
  crc_percentile REAL,
  crc_contribution REAL
) STRICT;
CREATE INDEX advocate_scores_rank ON advocate_scores(score DESC, account_id);
CREATE INDEX advocate_scores_tier ON advocate_scores(tier, score DESC, account_id);

CREATE TABLE churn_risk (
  account_id TEXT PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  probability REAL NOT NULL,
  reasons TEXT NOT NULL
) STRICT;
CREATE INDEX churn_risk_rank ON churn_risk(probability DESC, account_id);

CREATE TABLE analysis_reports (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, key)
) STRICT;

CREATE TABLE score_profiles (
  name TEXT PRIMARY KEY,
  weights TEXT NOT NULL,
  built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_study_rules (
  name TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE reference_requests (
  id INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  contact_id TEXT,
  contact_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('case_study', 'reference', 'review', 'testimonial')),
  asked_at TEXT NOT NULL,
  asked_by TEXT,
  outcome TEXT NOT NULL DEFAULT 'pending'
    CHECK (outcome IN ('pending', 'accepted', 'declined', 'no_response')),
  note TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX reference_requests_account ON reference_requests(account_id, asked_at);
`;
