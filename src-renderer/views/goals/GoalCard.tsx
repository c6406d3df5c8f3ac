import type { GoalProgress } from '../../../src-shared/model/goals';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { goalSubject, goalValue } from './goal-values';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * One goal: what it follows, its start, now and target, the share of the way done against where a
 * steady pace would be, and its status. `compact` is the Overview's panel row.
 */
export function GoalCard({
  progress,
  onEdit,
  onDelete,
  compact = false,
}: {
  progress: GoalProgress;
  onEdit?(): void;
  onDelete?(): void;
  compact?: boolean;
}) {
  const m = useMessages();
  const format = useFormat();
  const t = m.goals;
  const { goal, unit, currency } = progress;
  const value = (v: number | null) => goalValue(v, unit, currency, format);
  const done = progress.shareDone;
  return (
    <article
      className={`goal-card${compact ? ' goal-card-compact' : ''}`}
      data-testid="goal-card"
      data-goal={goal.name}
      data-status={progress.status}
      data-now={progress.now.value ?? ''}
      data-start={progress.start.value ?? ''}
      data-done={done ?? ''}
      data-pace={progress.expectedShare ?? ''}
    >
      <header className="goal-card-header">
        <div className="goal-card-heading">
          <h3 className="goal-name">{goal.name}</h3>
          <p className="goal-subject">{goalSubject(goal, m)}</p>
        </div>
        <span className={`badge goal-status goal-status-${progress.status}`}>
          {t.statuses[progress.status]}
        </span>
      </header>
      <dl className="goal-values">
        <div>
          <dt>{t.start}</dt>
          <dd data-testid="goal-start">{value(progress.start.value)}</dd>
        </div>
        <div>
          <dt>{t.now}</dt>
          <dd data-testid="goal-now">{value(progress.now.value)}</dd>
        </div>
        <div>
          <dt>{t.target}</dt>
          <dd data-testid="goal-target">
            {progress.direction === 'up' ? '≥ ' : '≤ '}
            {value(goal.target)}
          </dd>
        </div>
      </dl>
      <div className="goal-progress" title={t.paceHint}>
        <div
          className="goal-bar"
          role="meter"
          aria-label={goal.name}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(clamp01(done ?? 0) * 100)}
        >
          <span
            className={`goal-bar-fill goal-bar-${progress.status}`}
            style={{ inlineSize: `${clamp01(done ?? 0) * 100}%` }}
          />
          {progress.expectedShare !== null && (
            <span
              className="goal-bar-pace"
              style={{ insetInlineStart: `${clamp01(progress.expectedShare) * 100}%` }}
            />
          )}
        </div>
        <p className="goal-progress-text">
          <span data-testid="goal-done">
            {done === null ? t.notMeasured : t.done(format.percent(done))}
          </span>
          {progress.expectedShare !== null && (
            <span className="muted">{t.pace(format.percent(progress.expectedShare))}</span>
          )}
        </p>
      </div>
      {!compact && (
        <footer className="goal-card-footer">
          <p className="muted goal-meta">
            {t.period(format.date(goal.start), format.date(goal.deadline))}
            {goal.owner && <> · {t.owner(goal.owner)}</>}
          </p>
          {goal.note && <p className="goal-note">{goal.note}</p>}
          {progress.excludedCurrencies.length > 0 && (
            <p className="goal-warning">{t.excluded(format.list(progress.excludedCurrencies))}</p>
          )}
          <div className="goal-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={onEdit}
              data-testid="goal-edit"
            >
              {t.edit}
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={onDelete}
              data-testid="goal-delete"
            >
              {t.delete}
            </button>
          </div>
        </footer>
      )}
    </article>
  );
}
