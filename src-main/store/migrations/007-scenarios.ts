/**
 * Saved commission scenarios and saved scenario comparisons (DESIGN section 4). A scenario keeps
 * its version 1 file as validated, as JSON, under the name it was saved as. A comparison keeps
 * everything it was evaluated from, so that reopening it shows the same numbers or says why they
 * are out of date: the scenario files it compared (the built-in Recorded commissions as a null
 * file), the baseline, the evaluation settings and their hash, the data revision, and the figures.
 */
export const scenarioTables = `
CREATE TABLE scenarios (
  name TEXT PRIMARY KEY,
  file TEXT NOT NULL CHECK (json_valid(file)),
  saved_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE scenario_comparisons (
  name TEXT PRIMARY KEY,
  baseline TEXT NOT NULL,
  scenarios TEXT NOT NULL CHECK (json_valid(scenarios)),
  settings TEXT NOT NULL CHECK (json_valid(settings)),
  settings_hash TEXT NOT NULL,
  data_revision INTEGER NOT NULL,
  figures TEXT NOT NULL CHECK (json_valid(figures)),
  saved_at TEXT NOT NULL
) STRICT;
`;
