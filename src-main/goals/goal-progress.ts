import { dayOf } from '../../src-shared/calendar/days';
import {
  goalMetrics,
  type Goal,
  type GoalDirection,
  type GoalMeasurement,
  type GoalProgress,
  type GoalStatus,
} from '../../src-shared/model/goals';

/** A measurement as stored, with the start value a data metric carries. */
export interface StoredMeasurement extends GoalMeasurement {
  startValue: number | null;
  excludedCurrencies: string[];
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** Whether a value has reached the target, in the goal's direction. */
export const meetsTarget = (value: number, target: number, direction: GoalDirection): boolean =>
  direction === 'up' ? value >= target : value <= target;

/**
 * The share of the way from the start value to the target that is done: (now − start) ÷
 * (target − start), within −1 … 1, negative when the value moved away from the target. When the
 * start already met the target there is no way to go: 1 while the value still meets it, else 0.
 */
export function shareDone(
  start: number,
  now: number,
  target: number,
  direction: GoalDirection,
): number {
  const gap = target - start;
  if (gap === 0 || meetsTarget(start, target, direction))
    return meetsTarget(now, target, direction) ? 1 : 0;
  return clamp((now - start) / gap, -1, 1);
}

/** Where a linear pace from the start to the deadline stands on a date, 0 … 1. */
export function expectedShare(start: string, deadline: string, date: string): number {
  const total = dayOf(deadline) - dayOf(start);
  return clamp((dayOf(date) - dayOf(start)) / total, 0, 1);
}

/**
 * A goal's progress from its measurements (oldest first, as they were recorded): the value now
 * is the latest measurement's; the start value is the one the data gives at the start date, or
 * for a metric that exists per run, the first measurement on or after the start date.
 */
export function goalProgress(
  goal: Goal,
  measurements: readonly StoredMeasurement[],
  baseCurrency: string,
): GoalProgress {
  const spec = goalMetrics[goal.metric];
  const direction = goal.direction ?? spec.direction;
  const latest = measurements.at(-1) ?? null;
  const asOf = latest?.asOf ?? null;
  const started = asOf !== null && asOf >= goal.start;

  let start: GoalProgress['start'] = { value: null, date: null, from: spec.startFrom };
  if (started && spec.startFrom === 'data')
    start = { value: latest?.startValue ?? null, date: goal.start, from: 'data' };
  else if (started) {
    const first = [...measurements]
      .filter((m) => m.asOf >= goal.start)
      .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))[0];
    if (first) start = { value: first.value, date: first.asOf, from: 'measurement' };
  }

  const now = latest?.value ?? null;
  const done =
    started && start.value !== null && now !== null
      ? shareDone(start.value, now, goal.target, direction)
      : null;
  const expected = started && asOf !== null ? expectedShare(goal.start, goal.deadline, asOf) : null;
  const totalDays = dayOf(goal.deadline) - dayOf(goal.start);
  return {
    goal,
    unit: spec.unit,
    direction,
    currency: spec.unit === 'money' ? baseCurrency : null,
    start,
    now: { value: now, asOf, recordedAt: latest?.recordedAt ?? null },
    shareDone: done,
    expectedShare: expected,
    elapsedDays:
      started && asOf !== null ? clamp(dayOf(asOf) - dayOf(goal.start), 0, totalDays) : null,
    totalDays,
    status: statusOf(goal, direction, started, now, done, expected, asOf),
    excludedCurrencies: latest?.excludedCurrencies ?? [],
    measurements: measurements.map(({ recordedAt, asOf: date, value }) => ({
      recordedAt,
      asOf: date,
      value,
    })),
  };
}

function statusOf(
  goal: Goal,
  direction: GoalDirection,
  started: boolean,
  now: number | null,
  done: number | null,
  expected: number | null,
  asOf: string | null,
): GoalStatus {
  if (asOf === null || now === null) return started || asOf === null ? 'no-data' : 'not-started';
  if (!started) return 'not-started';
  if (meetsTarget(now, goal.target, direction)) return 'achieved';
  if (asOf >= goal.deadline) return 'missed';
  if (done === null || expected === null) return 'no-data';
  return done >= expected ? 'on-pace' : 'behind';
}
