import { z } from 'zod';
import {
  goalMetricIds,
  goalSegmentDimensions,
  type GoalProgress,
  type SegmentChoice,
} from '../model/goals';
import { isoDate } from './calendar-date';
import { channel } from './define';

const goalId = z.number().int().min(1);

/**
 * A goal as the form sends it. The shape is checked here; what depends on the metric (its option,
 * the segments it takes, the target's range, the deadline after the start) is judged by main, whose
 * message names the field.
 */
const goalInput = z
  .object({
    name: z.string().max(200),
    metric: z.enum(goalMetricIds),
    metricOption: z.string().max(100).nullable().optional(),
    segment: z
      .object({ dimension: z.enum(goalSegmentDimensions), value: z.string().max(200) })
      .strict()
      .nullable()
      .optional(),
    target: z.number(),
    start: isoDate,
    deadline: isoDate,
    owner: z.string().max(400).nullable().optional(),
    note: z.string().max(4000).nullable().optional(),
    direction: z.enum(['up', 'down']).nullable().optional(),
  })
  .strict();

/**
 * Goals: list them with their progress, save (create, or rewrite one by id) and delete them, and
 * the values a segment can take. Saving measures the goal against the stored results at once, so
 * its progress shows before the next analysis. A refused goal fails with the code `invalid-goal`.
 */
export const goalChannels = {
  'goals:list': channel(z.object({}).strict()).returns<GoalProgress[]>(),
  'goals:save': channel(
    z.object({ id: goalId.optional(), goal: goalInput }).strict(),
  ).returns<GoalProgress>(),
  'goals:delete': channel(z.object({ id: goalId }).strict()).returns<{ deleted: boolean }>(),
  'goals:segment-values': channel(
    z.object({ dimension: z.enum(goalSegmentDimensions) }).strict(),
  ).returns<SegmentChoice[]>(),
};

export type GoalChannel = keyof typeof goalChannels;
