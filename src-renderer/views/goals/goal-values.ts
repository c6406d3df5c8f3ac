import {
  goalMetrics,
  type Goal,
  type GoalProgress,
  type GoalUnit,
} from '../../../src-shared/model/goals';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

/** A value of a goal's metric as the screen shows it, in the metric's unit. */
export function goalValue(
  value: number | null,
  unit: GoalUnit,
  currency: string | null,
  format: Formatters,
): string {
  if (value === null) return '–';
  switch (unit) {
    case 'count':
      return format.integer(value);
    case 'money':
      return format.currency(value, currency ?? 'USD');
    case 'nps':
      return `${value > 0 ? '+' : ''}${format.decimal(value, 1)}`;
    case 'share':
    case 'ratio':
      return format.percent(value);
  }
}

/** Whether a target is typed as a percentage (shares and ROI) rather than as the number itself. */
export const typedAsPercent = (unit: GoalUnit): boolean => unit === 'share' || unit === 'ratio';

/** What a goal follows, in words: the metric, its option and its segment. */
export function goalSubject(goal: Goal, m: Messages, segmentLabel?: string | null): string {
  const t = m.goals;
  const option =
    goal.metricOption === null
      ? ''
      : goal.metric === 'tier-accounts'
        ? ` · ${m.tiers[goal.metricOption as keyof Messages['tiers']]}`
        : ` · ${m.sources[goal.metricOption as keyof Messages['sources']]}`;
  const segment = goal.segment
    ? ` · ${t.dimensions[goal.segment.dimension]}: ${segmentLabel ?? goal.segment.value}`
    : '';
  return `${t.metrics[goal.metric]}${option}${segment}`;
}

export const unitOf = (progress: GoalProgress): GoalUnit => goalMetrics[progress.goal.metric].unit;
