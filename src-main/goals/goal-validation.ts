import { isCalendarDate } from '../../src-shared/calendar/days';
import {
  goalMetrics,
  isGoalMetricId,
  isGoalSegmentDimension,
  type GoalInput,
  type GoalUnit,
} from '../../src-shared/model/goals';
import { InvalidGoalInput } from './goal-error';

/** What a goal may be given, before it is checked: any shape the form or the command line sends. */
export interface GoalDraft {
  name: string;
  metric: string;
  metricOption?: string | null;
  segment?: { dimension: string; value: string } | null;
  target: number;
  start: string;
  deadline: string;
  owner?: string | null;
  note?: string | null;
  direction?: 'up' | 'down' | null;
}

const NAME_LENGTH = 120;
const OWNER_LENGTH = 200;
const NOTE_LENGTH = 2000;

/** The values a target of each unit may take, and how the range reads in a message. */
const targetRanges: Record<GoalUnit, { low: number; high: number; words: string }> = {
  count: { low: 0, high: 1e9, words: 'a count of 0 or more' },
  money: { low: 0, high: 1e12, words: 'an amount of 0 or more' },
  nps: { low: -100, high: 100, words: 'an NPS from −100 to +100' },
  share: { low: 0, high: 1, words: 'a share from 0 to 1 (0% to 100%)' },
  ratio: { low: -1e6, high: 1e6, words: 'a ratio such as 1.5 for 150%' },
};

const optionalText = (text: string | null | undefined, limit: number, field: string) => {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > limit)
    throw new InvalidGoalInput(`The ${field} can be at most ${limit} characters.`, field);
  return trimmed === '' ? null : trimmed;
};

/**
 * A goal as it will be kept, or the first thing wrong with it, naming the field. The same checks
 * serve the view, the channels and the command line, so each accepts exactly the same goals.
 */
export function validGoal(draft: GoalDraft): GoalInput {
  const name = draft.name.trim();
  if (name === '' || name.length > NAME_LENGTH)
    throw new InvalidGoalInput(`A goal's name needs 1 to ${NAME_LENGTH} characters.`, 'name');
  if (!isGoalMetricId(draft.metric))
    throw new InvalidGoalInput(
      `Unknown metric "${draft.metric}". Metrics are: ${Object.keys(goalMetrics).join(', ')}.`,
      'metric',
    );
  const spec = goalMetrics[draft.metric];

  const option = draft.metricOption?.trim() || null;
  if (spec.options.length === 0 && option !== null)
    throw new InvalidGoalInput(`The metric ${spec.id} takes no option.`, 'metricOption');
  if (spec.options.length > 0 && (option === null || !spec.options.includes(option)))
    throw new InvalidGoalInput(
      `The metric ${spec.id} needs one of: ${spec.options.join(', ')}.`,
      'metricOption',
    );

  let segment: GoalInput['segment'] = null;
  if (draft.segment) {
    const dimension = draft.segment.dimension.trim();
    const value = draft.segment.value.trim();
    if (!isGoalSegmentDimension(dimension) || !spec.segments.includes(dimension))
      throw new InvalidGoalInput(
        spec.segments.length === 0
          ? `The metric ${spec.id} is about the whole workspace and takes no segment.`
          : `The metric ${spec.id} can be restricted to a ${spec.segments.join(', ')}; not to "${dimension}".`,
        'segment',
      );
    if (value === '' || value.length > 200)
      throw new InvalidGoalInput(`The segment's value needs 1 to 200 characters.`, 'segment');
    segment = { dimension, value };
  }

  const range = targetRanges[spec.unit];
  if (!Number.isFinite(draft.target) || draft.target < range.low || draft.target > range.high)
    throw new InvalidGoalInput(`The target of ${spec.id} is ${range.words}.`, 'target');

  for (const [field, date] of [
    ['start', draft.start],
    ['deadline', draft.deadline],
  ] as const) {
    if (!isCalendarDate(date))
      throw new InvalidGoalInput(
        `The ${field} must be a real date written YYYY-MM-DD; "${date}" is not one.`,
        field,
      );
  }
  if (draft.deadline <= draft.start)
    throw new InvalidGoalInput('The deadline must come after the start.', 'deadline');

  return {
    name,
    metric: spec.id,
    metricOption: option,
    segment,
    target: draft.target,
    start: draft.start,
    deadline: draft.deadline,
    owner: optionalText(draft.owner, OWNER_LENGTH, 'owner'),
    note: optionalText(draft.note, NOTE_LENGTH, 'note'),
    direction: draft.direction ?? null,
  };
}
