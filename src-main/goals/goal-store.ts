import type Database from 'better-sqlite3';
import type {
  Goal,
  GoalDirection,
  GoalMetricId,
  GoalSegmentDimension,
} from '../../src-shared/model/goals';
import { InvalidGoalInput } from './goal-error';
import { validGoal, type GoalDraft } from './goal-validation';

interface GoalRow {
  id: number;
  name: string;
  metric: string;
  metric_option: string | null;
  segment_dimension: string | null;
  segment_value: string | null;
  target: number;
  start_date: string;
  deadline: string;
  owner: string | null;
  note: string | null;
  direction: string | null;
  created_at: string;
  updated_at: string;
}

const columns = `id, name, metric, metric_option, segment_dimension, segment_value, target,
  start_date, deadline, owner, note, direction, created_at, updated_at`;

const goalOf = (r: GoalRow): Goal => ({
  id: r.id,
  name: r.name,
  metric: r.metric as GoalMetricId,
  metricOption: r.metric_option,
  segment:
    r.segment_dimension === null || r.segment_value === null
      ? null
      : { dimension: r.segment_dimension as GoalSegmentDimension, value: r.segment_value },
  target: r.target,
  start: r.start_date,
  deadline: r.deadline,
  owner: r.owner,
  note: r.note,
  direction: r.direction as GoalDirection | null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Every goal, by deadline and then name: the nearest deadline first. */
export function listGoals(db: Database.Database): Goal[] {
  return (
    db.prepare(`SELECT ${columns} FROM goals ORDER BY deadline, name`).all() as GoalRow[]
  ).map(goalOf);
}

export function findGoal(db: Database.Database, id: number): Goal | null {
  const row = db.prepare(`SELECT ${columns} FROM goals WHERE id = ?`).get(id) as
    GoalRow | undefined;
  return row ? goalOf(row) : null;
}

export function findGoalByName(db: Database.Database, name: string): Goal | null {
  const row = db.prepare(`SELECT ${columns} FROM goals WHERE name = ?`).get(name.trim()) as
    GoalRow | undefined;
  return row ? goalOf(row) : null;
}

/**
 * Creates a goal, or (with `id`) rewrites that goal. A goal whose metric, option or segment
 * changed measures something else now: its earlier measurements go. Names are unique.
 */
export function saveGoal(db: Database.Database, draft: GoalDraft, id?: number): Goal {
  const goal = validGoal(draft);
  const now = new Date().toISOString();
  return db.transaction((): Goal => {
    const sameName = findGoalByName(db, goal.name);
    if (sameName && sameName.id !== id)
      throw new InvalidGoalInput(`A goal is already named "${goal.name}".`, 'name');
    const values = {
      name: goal.name,
      metric: goal.metric,
      option: goal.metricOption,
      dimension: goal.segment?.dimension ?? null,
      value: goal.segment?.value ?? null,
      target: goal.target,
      start: goal.start,
      deadline: goal.deadline,
      owner: goal.owner,
      note: goal.note,
      direction: goal.direction,
      now,
    };
    if (id === undefined) {
      const inserted = db
        .prepare(
          `INSERT INTO goals (name, metric, metric_option, segment_dimension, segment_value, target,
             start_date, deadline, owner, note, direction, created_at, updated_at)
           VALUES (@name, @metric, @option, @dimension, @value, @target, @start, @deadline, @owner,
             @note, @direction, @now, @now)`,
        )
        .run(values);
      return findGoal(db, Number(inserted.lastInsertRowid)) as Goal;
    }
    const before = findGoal(db, id);
    if (!before) throw new InvalidGoalInput(`No goal has the id ${id}.`, 'id');
    db.prepare(
      `UPDATE goals SET name = @name, metric = @metric, metric_option = @option,
         segment_dimension = @dimension, segment_value = @value, target = @target,
         start_date = @start, deadline = @deadline, owner = @owner, note = @note,
         direction = @direction, updated_at = @now
       WHERE id = @id`,
    ).run({ ...values, id });
    const measuresOther =
      before.metric !== goal.metric ||
      before.metricOption !== goal.metricOption ||
      before.segment?.dimension !== goal.segment?.dimension ||
      before.segment?.value !== goal.segment?.value;
    if (measuresOther) db.prepare('DELETE FROM goal_measurements WHERE goal_id = ?').run(id);
    return findGoal(db, id) as Goal;
  })();
}

/** Deletes a goal and its measurements; false when there was none with that id. */
export function deleteGoal(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM goals WHERE id = ?').run(id).changes > 0;
}
