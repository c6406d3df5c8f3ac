/**
 * SMART goals and their measurements. A goal names a metric of the catalogue (`src-shared/model/
 * goals.ts`), an optional option and segment, a target, a start date and a deadline; its direction
 * is null when it follows the metric's. Each analysis run adds one measurement per goal, keyed by
 * the run's start time (runs themselves are replaced by the next one, measurements stay), so
 * progress is drawn over time. A measurement keeps the value as of the run's as-of date and, for
 * metrics that can be computed at any date, the value as of the goal's start date at that time.
 */
export const goalTables = `
CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  metric TEXT NOT NULL,
  metric_option TEXT,
  segment_dimension TEXT,
  segment_value TEXT,
  target REAL NOT NULL,
  start_date TEXT NOT NULL,
  deadline TEXT NOT NULL,
  owner TEXT,
  note TEXT,
  direction TEXT CHECK (direction IN ('up', 'down')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((segment_dimension IS NULL) = (segment_value IS NULL)),
  CHECK (deadline > start_date)
) STRICT;

CREATE TABLE goal_measurements (
  goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  recorded_at TEXT NOT NULL,
  as_of TEXT NOT NULL,
  value REAL,
  start_value REAL,
  excluded_currencies TEXT,
  PRIMARY KEY (goal_id, recorded_at)
) STRICT;

CREATE INDEX goal_measurements_as_of ON goal_measurements(goal_id, as_of);
`;
