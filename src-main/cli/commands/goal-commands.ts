import {
  goalMetrics,
  goalSegmentDimensions,
  isGoalMetricId,
  type Goal,
  type GoalUnit,
} from '../../../src-shared/model/goals';
import { readStamp } from '../../analysis/store/results-reader';
import { latestDataDate } from '../../analysis/status/as-of';
import { InvalidGoalInput } from '../../goals/goal-error';
import { readGoalProgress, readOneGoalProgress } from '../../goals/goal-reader';
import { deleteGoal, findGoalByName, saveGoal } from '../../goals/goal-store';
import type { GoalDraft } from '../../goals/goal-validation';
import { measureGoals, recordMeasurements } from '../../goals/measure-goals';
import type { Workspace } from '../../store/workspace';
import { flag, isoDate, optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import {
  jsonOption,
  workspaceOption,
  type Command,
  type CommandIo,
  type ParsedArgs,
} from '../command';
import { formatGoals, formatSavedGoal } from '../format/goals-text';
import { withWorkspace } from '../workspace-access';
import { json, onlyWith, oneOperand, reanalyseIfStale, subcommand } from './analysis-edits';

const saveOptions = [
  'metric',
  'target',
  'deadline',
  'start',
  'owner',
  'segment',
  'note',
  'direction',
];

/** `--metric tier-accounts:champion`: the metric and, after a colon, its option. */
function parseMetric(text: string): { metric: string; metricOption: string | null } {
  const [metric = '', ...rest] = text.split(':');
  return { metric: metric.trim(), metricOption: rest.length > 0 ? rest.join(':').trim() : null };
}

/** `--segment channel=Organic Search`: a dimension and its value. */
function parseSegment(text: string): { dimension: string; value: string } | null {
  if (text.trim() === '' || text.trim() === 'none') return null;
  const at = text.indexOf('=');
  if (at <= 0)
    throw new UsageError(
      `--segment takes DIMENSION=VALUE (dimensions: ${goalSegmentDimensions.join(', ')}), or none; "${text}" is not one.`,
    );
  return { dimension: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

/**
 * `--target 40`, `--target 2%`: a number in the metric's unit. A share or a ratio may be written
 * as a percentage; a share written above 1 without the sign is refused rather than guessed.
 */
function parseTarget(text: string, unit: GoalUnit): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const value = Number((percent ? trimmed.slice(0, -1) : trimmed).replace(/,/g, '').trim());
  if (trimmed === '' || (percent && trimmed.length === 1) || !Number.isFinite(value))
    throw new UsageError(`--target must be a number; "${text}" is not one.`);
  if (percent && unit !== 'share' && unit !== 'ratio')
    throw new InputError(`--target ${text}: this metric is not a share; give the number alone.`);
  if (!percent && unit === 'share' && value > 1)
    throw new InputError(
      `--target ${text}: this metric is a share from 0 to 1; write ${value}% for ${value} percent.`,
    );
  return percent ? value / 100 : value;
}

/** The goal to save: the existing one (if the name is taken) with the options given on top. */
function goalDraft(
  args: ParsedArgs,
  name: string,
  existing: Goal | null,
  defaultStart: string,
): GoalDraft {
  const metricText = optionalString(args, 'metric');
  const targetText = optionalString(args, 'target');
  const deadline = isoDate(args, 'deadline');
  if (!existing) {
    const missing = [
      metricText === undefined ? '--metric' : null,
      targetText === undefined ? '--target' : null,
      deadline === undefined ? '--deadline' : null,
    ].filter((x): x is string => x !== null);
    if (missing.length > 0) throw new UsageError(`A new goal needs ${missing.join(', ')}.`);
  }
  const metric = metricText === undefined ? null : parseMetric(metricText);
  const metricId = metric?.metric ?? existing?.metric ?? '';
  if (!isGoalMetricId(metricId))
    throw new InputError(
      `Unknown metric "${metricId}". Metrics are: ${Object.keys(goalMetrics).join(', ')}.`,
    );
  const unit = goalMetrics[metricId].unit;
  const segmentText = optionalString(args, 'segment');
  const direction = optionalString(args, 'direction');
  if (direction !== undefined && !['up', 'down', 'metric'].includes(direction))
    throw new UsageError('--direction must be up, down or metric.');
  const textOption = (option: string, current: string | null | undefined) => {
    const value = optionalString(args, option);
    return value === undefined ? (current ?? null) : value;
  };
  return {
    name,
    metric: metricId,
    metricOption: metric ? metric.metricOption : (existing?.metricOption ?? null),
    segment: segmentText === undefined ? (existing?.segment ?? null) : parseSegment(segmentText),
    target:
      targetText === undefined ? (existing?.target ?? Number.NaN) : parseTarget(targetText, unit),
    start: isoDate(args, 'start') ?? existing?.start ?? defaultStart,
    deadline: deadline ?? existing?.deadline ?? '',
    owner: textOption('owner', existing?.owner),
    note: textOption('note', existing?.note),
    direction:
      direction === undefined
        ? (existing?.direction ?? null)
        : direction === 'metric'
          ? null
          : (direction as 'up' | 'down'),
  };
}

/** Results as they are now, and the goals measured against them, when there is data to analyse. */
function freshResults(ws: Workspace, io: CommandIo): void {
  if (latestDataDate(ws.db) !== null) reanalyseIfStale(ws, io);
}

export const goalsCommand: Command = {
  name: 'goals',
  summary:
    'SMART goals on the computed figures, with progress from the data at each analysis; save (options not given keep their values) or delete one',
  usage:
    'goals [save NAME --metric M[:OPTION] --target T --deadline YYYY-MM-DD [--start YYYY-MM-DD] [--owner O] [--segment DIM=VALUE] [--note TEXT] [--direction up|down|metric] | delete NAME] --workspace W [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    metric: { type: 'string' },
    target: { type: 'string' },
    deadline: { type: 'string' },
    start: { type: 'string' },
    owner: { type: 'string' },
    segment: { type: 'string' },
    note: { type: 'string' },
    direction: { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'goals', ['save', 'delete']);
    if (verb !== 'save') onlyWith(args, saveOptions, 'goals save');
    if (verb === undefined && operands.length > 0)
      throw new UsageError('goals takes no operands; did you mean `goals save NAME`?');
    const name = verb === undefined ? '' : oneOperand(operands, 'goal name', `goals ${verb}`);
    return withWorkspace(args, (ws) => {
      const db = ws.db;
      if (verb === 'save') {
        const existing = findGoalByName(db, name);
        const defaultStart = readStamp(db)?.asOf ?? new Date().toISOString().slice(0, 10);
        const draft = goalDraft(args, name, existing, defaultStart);
        const goal = asGoalInputError(() => saveGoal(db, draft, existing?.id));
        freshResults(ws, io);
        const stamp = readStamp(db);
        if (stamp) recordMeasurements(db, measureGoals(db, stamp, [goal]));
        const progress = readOneGoalProgress(db, goal.id);
        if (!progress) throw new InputError(`The goal "${name}" could not be read back.`);
        io.out(flag(args, 'json') ? json(progress) : formatSavedGoal(progress));
      } else if (verb === 'delete') {
        const goal = findGoalByName(db, name);
        if (!goal || !deleteGoal(db, goal.id)) throw new InputError(`No goal is named "${name}".`);
        io.out(flag(args, 'json') ? json({ deleted: true, name }) : `Deleted the goal "${name}".`);
      } else {
        if (readGoalProgress(db).length > 0) freshResults(ws, io);
        const goals = readGoalProgress(db);
        io.out(flag(args, 'json') ? json(goals) : formatGoals(goals));
      }
      return 0;
    });
  },
};

/** A goal the engine refuses is bad input: exit 1, with the engine's message. */
function asGoalInputError<T>(edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (error instanceof InvalidGoalInput) throw new InputError(error.message);
    throw error;
  }
}
