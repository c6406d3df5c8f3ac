import type Database from 'better-sqlite3';
import type { Goal, GoalProgress } from '../../src-shared/model/goals';
import { baseCurrency } from '../store/settings';
import { goalProgress, type StoredMeasurement } from './goal-progress';
import { findGoal, listGoals } from './goal-store';

interface MeasurementRow {
  goal_id: number;
  recorded_at: string;
  as_of: string;
  value: number | null;
  start_value: number | null;
  excluded_currencies: string | null;
}

const measurementOf = (r: MeasurementRow): StoredMeasurement => ({
  recordedAt: r.recorded_at,
  asOf: r.as_of,
  value: r.value,
  startValue: r.start_value,
  excludedCurrencies: r.excluded_currencies === null ? [] : r.excluded_currencies.split(','),
});

function measurementsOf(db: Database.Database, goalId: number): StoredMeasurement[] {
  return (
    db
      .prepare(
        `SELECT goal_id, recorded_at, as_of, value, start_value, excluded_currencies
         FROM goal_measurements WHERE goal_id = ? ORDER BY recorded_at`,
      )
      .all(goalId) as MeasurementRow[]
  ).map(measurementOf);
}

/** Every goal with its progress, in the order goals are listed (nearest deadline first). */
export function readGoalProgress(db: Database.Database): GoalProgress[] {
  const currency = baseCurrency(db);
  return listGoals(db).map((goal: Goal) =>
    goalProgress(goal, measurementsOf(db, goal.id), currency),
  );
}

export function readOneGoalProgress(db: Database.Database, id: number): GoalProgress | null {
  const goal = findGoal(db, id);
  return goal ? goalProgress(goal, measurementsOf(db, goal.id), baseCurrency(db)) : null;
}
