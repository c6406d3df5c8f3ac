import type Database from 'better-sqlite3';
import type { AnalysisStamp } from '../../src-shared/model/analysis/runs';
import { goalMetrics, type Goal } from '../../src-shared/model/goals';
import { readAnalysisSettings } from '../analysis/settings/analysis-settings';
import { latestDataDate } from '../analysis/status/as-of';
import { DataByDate } from './data-at-date';
import { dataMetricValue, type DataMetricId, type MetricValue } from './data-metrics';
import { listGoals } from './goal-store';
import { runMetricValue, type RunMetricId } from './run-metrics';

/** One goal's measurement at a run: its value then and, for a data metric, its value at the start. */
export interface Measurement {
  goalId: number;
  recordedAt: string;
  asOf: string;
  now: MetricValue;
  /** The value as of the start date; null for a metric that exists per run, or a start after the as-of date. */
  start: number | null;
}

const isDataMetric = (goal: Goal): goal is Goal & { metric: DataMetricId } =>
  goalMetrics[goal.metric].startFrom === 'data';

/**
 * Measures goals against the stored results of a run (`stamp`) and the data as it is: the value
 * as of the run's as-of date and, for a metric the data defines on any date, the value as of the
 * goal's start date. Call inside a read transaction, so every figure sees the same data.
 */
export function measureGoals(
  db: Database.Database,
  stamp: Pick<AnalysisStamp, 'asOf' | 'startedAt'>,
  goals: readonly Goal[] = listGoals(db),
): Measurement[] {
  if (goals.length === 0) return [];
  const settings = readAnalysisSettings(db, stamp.asOf, false);
  const data = new DataByDate(db, {
    currency: settings.currency,
    npsWindowDays: settings.npsWindowDays,
    latestInData: latestDataDate(db),
  });
  return goals.map((goal): Measurement => {
    const base = { goalId: goal.id, recordedAt: stamp.startedAt, asOf: stamp.asOf };
    if (!isDataMetric(goal))
      return {
        ...base,
        now: runMetricValue(goal.metric as RunMetricId, db, goal.metricOption, goal.segment),
        start: null,
      };
    const now = dataMetricValue(goal.metric, data.at(stamp.asOf), goal.segment);
    const start =
      goal.start <= stamp.asOf
        ? dataMetricValue(goal.metric, data.at(goal.start), goal.segment).value
        : null;
    return { ...base, now, start };
  });
}

/** Keeps measurements; one per goal and run, so measuring a run again replaces its figures. */
export function recordMeasurements(
  db: Database.Database,
  measurements: readonly Measurement[],
): void {
  const insert = db.prepare(
    `INSERT INTO goal_measurements (goal_id, recorded_at, as_of, value, start_value, excluded_currencies)
     VALUES (@goalId, @recordedAt, @asOf, @value, @start, @excluded)
     ON CONFLICT(goal_id, recorded_at) DO UPDATE SET as_of = excluded.as_of, value = excluded.value,
       start_value = excluded.start_value, excluded_currencies = excluded.excluded_currencies`,
  );
  db.transaction(() => {
    for (const m of measurements) {
      // A goal deleted meanwhile has nothing to keep.
      if (db.prepare('SELECT 1 FROM goals WHERE id = ?').get(m.goalId) === undefined) continue;
      insert.run({
        goalId: m.goalId,
        recordedAt: m.recordedAt,
        asOf: m.asOf,
        value: m.now.value,
        start: m.start,
        excluded: m.now.excludedCurrencies.length > 0 ? m.now.excludedCurrencies.join(',') : null,
      });
    }
  })();
}
