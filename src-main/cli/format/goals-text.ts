import { goalMetrics, type GoalProgress, type GoalUnit } from '../../../src-shared/model/goals';
import { show, textTable } from './text-table';

/** A value of a goal's metric as the terminal shows it. */
export function goalValue(value: number | null, unit: GoalUnit, currency: string | null): string {
  switch (unit) {
    case 'count':
      return show.int(value);
    case 'money':
      return value === null ? '–' : `${show.money(value)} ${currency ?? ''}`.trim();
    case 'nps':
      return show.fixed(value, 1);
    case 'share':
      return show.percent(value, 2);
    case 'ratio':
      return show.fixed(value, 2);
  }
}

const statusWords: Record<GoalProgress['status'], string> = {
  achieved: 'achieved',
  'on-pace': 'on pace',
  behind: 'behind pace',
  missed: 'missed',
  'not-started': 'not started',
  'no-data': 'no data yet',
};

/** The metric as written on the command line: its id, and its option after a colon. */
export const metricName = (p: Pick<GoalProgress['goal'], 'metric' | 'metricOption'>): string =>
  p.metricOption === null ? p.metric : `${p.metric}:${p.metricOption}`;

/** Every goal with where it started, where it is, the target, and whether it keeps pace. */
export function formatGoals(goals: readonly GoalProgress[]): string {
  if (goals.length === 0)
    return 'No goals yet. Add one with `goals save NAME --metric M --target T --deadline YYYY-MM-DD`.';
  const perRun = goals.some((g) => g.start.from === 'measurement');
  return [
    textTable(goals, [
      { header: 'goal', value: (g) => g.goal.name },
      {
        header: 'metric',
        value: (g) =>
          `${metricName(g.goal)}${g.goal.segment ? ` (${g.goal.segment.dimension}=${g.goal.segment.value})` : ''}`,
      },
      {
        header: 'start',
        value: (g) =>
          `${goalValue(g.start.value, g.unit, g.currency)}${g.start.from === 'measurement' ? '*' : ''}`,
        align: 'right',
      },
      { header: 'now', value: (g) => goalValue(g.now.value, g.unit, g.currency), align: 'right' },
      {
        header: 'target',
        value: (g) =>
          `${g.direction === 'up' ? '≥' : '≤'} ${goalValue(g.goal.target, g.unit, g.currency)}`,
        align: 'right',
      },
      { header: 'done', value: (g) => show.percent(g.shareDone, 0), align: 'right' },
      { header: 'pace', value: (g) => show.percent(g.expectedShare, 0), align: 'right' },
      { header: 'status', value: (g) => statusWords[g.status] },
      { header: 'period', value: (g) => `${g.goal.start} → ${g.goal.deadline}` },
      { header: 'owner', value: (g) => g.goal.owner ?? '' },
    ]),
    '',
    `Now is the as-of date of the last analysis (${goals.find((g) => g.now.asOf)?.now.asOf ?? 'none yet'}). Done = (now − start) ÷ (target − start); pace = days elapsed ÷ days from start to deadline.`,
    ...(perRun
      ? [
          '* a figure that exists per analysis run: the start is the first measurement on or after the start date.',
        ]
      : []),
    ...goals
      .filter((g) => g.excludedCurrencies.length > 0)
      .map(
        (g) =>
          `"${g.goal.name}" leaves out amounts in ${g.excludedCurrencies.join(', ')}: no exchange rate to ${g.currency ?? 'the base currency'} is set.`,
      ),
  ].join('\n');
}

/** One goal in a line: what was saved. */
export function formatSavedGoal(p: GoalProgress): string {
  const spec = goalMetrics[p.goal.metric];
  const measured =
    p.now.asOf === null
      ? 'Not measured yet: run `analyze` to measure it.'
      : `Now ${goalValue(p.now.value, p.unit, p.currency)} (as of ${p.now.asOf}), started at ${goalValue(p.start.value, p.unit, p.currency)}${p.start.date ? ` (${p.start.from === 'data' ? 'as of' : 'first measured'} ${p.start.date})` : ''}; ${statusWords[p.status]}.`;
  return `Saved the goal "${p.goal.name}": ${metricName(p.goal)} ${p.direction === spec.direction ? '' : `(${p.direction}) `}to ${goalValue(p.goal.target, p.unit, p.currency)} by ${p.goal.deadline}, from ${p.goal.start}. ${measured}`;
}
