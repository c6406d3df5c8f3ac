/**
 * What the customer views need besides the results of a run. An account's metrics carry its score,
 * tier, coverage and rank among all scored accounts, so the lists of accounts page, sort, filter
 * and count over one table, and a filtered or re-sorted list still shows where an account stands. Scores are
 * replaced by every run, so their history is kept apart: a point per account whenever its score
 * moved by a point or more, or its tier changed, since its last point (`score_latest` holds that
 * last point, so a run compares one row per account). Case-insensitive indexes on names, domains
 * and e-mail addresses let Customer 360 find an account as the analyst types, on a million accounts.
 * Consent to be a reference, recorded in the app, is the analyst's own data: it overrides the
 * imported `reference_consent` and survives every re-import.
 */
export const customerViewTables = `
ALTER TABLE account_metrics ADD COLUMN score REAL;
ALTER TABLE account_metrics ADD COLUMN tier TEXT
  CHECK (tier IN ('champion', 'advocate', 'neutral', 'at_risk'));
ALTER TABLE account_metrics ADD COLUMN coverage REAL;
ALTER TABLE account_metrics ADD COLUMN rank INTEGER;
CREATE INDEX account_metrics_rank ON account_metrics(rank) WHERE rank IS NOT NULL;

CREATE TABLE score_history (
  account_id TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  as_of TEXT NOT NULL,
  score REAL NOT NULL,
  tier TEXT NOT NULL,
  profile TEXT NOT NULL,
  PRIMARY KEY (account_id, recorded_at)
) STRICT;

CREATE TABLE score_latest (
  account_id TEXT PRIMARY KEY,
  score REAL NOT NULL,
  tier TEXT NOT NULL
) STRICT;

CREATE TABLE reference_consents (
  account_id TEXT PRIMARY KEY,
  consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
  recorded_at TEXT NOT NULL,
  note TEXT
) STRICT;

CREATE INDEX accounts_name_nocase ON accounts(name COLLATE NOCASE);
CREATE INDEX accounts_domain_nocase ON accounts(domain COLLATE NOCASE);
CREATE INDEX contacts_email_nocase ON contacts(email COLLATE NOCASE);
`;
