/**
 * What the import engine keeps besides the rows it writes. `import_runs` (migration 1) gains the
 * file's path, the rows merged into earlier rows of the same file, file-level notes and the rows
 * written to other tables. Each run's rejected rows and a sample of its warnings are kept in
 * `import_issues`, so the rejected rows can be downloaded later. `import_prior_rows` holds, for
 * every row a run changed, the row as it was before, so that the run can be undone; rows a run
 * inserted carry its id in `import_run_id`. `import_mappings` remembers the mapping used for a
 * header set, so the next file with the same header is mapped the same way.
 */
export const importTables = `
ALTER TABLE import_runs ADD COLUMN file_path TEXT;
ALTER TABLE import_runs ADD COLUMN header TEXT;
ALTER TABLE import_runs ADD COLUMN rows_merged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN notes TEXT;
ALTER TABLE import_runs ADD COLUMN derived TEXT;

CREATE TABLE import_issues (
  run_id INTEGER NOT NULL REFERENCES import_runs(id),
  seq INTEGER NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  line INTEGER NOT NULL,
  column_name TEXT,
  value TEXT,
  reason TEXT NOT NULL,
  raw TEXT,
  PRIMARY KEY (run_id, seq)
) STRICT;

CREATE TABLE import_prior_rows (
  run_id INTEGER NOT NULL REFERENCES import_runs(id),
  table_name TEXT NOT NULL,
  prior_run_id INTEGER,
  row TEXT NOT NULL
) STRICT;
CREATE INDEX import_prior_rows_run ON import_prior_rows(run_id, table_name);
CREATE INDEX import_prior_rows_prior ON import_prior_rows(prior_run_id, run_id);

CREATE TABLE import_mappings (
  header_key TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
