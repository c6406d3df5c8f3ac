import { useId } from 'react';
import { useMessages } from '../../i18n/use-i18n';
import { navigateTo } from '../../shell/navigation';
import { GoalCard } from '../goals/GoalCard';
import { useGoals } from '../goals/use-goals';

/** The Overview's goals: each with its progress and status, and a way to the Goals view. */
export function GoalsPanel() {
  const m = useMessages();
  const t = m.goals.panel;
  const titleId = useId();
  const { goals } = useGoals();
  if (goals === null) return null;
  return (
    <section className="goals-panel" aria-labelledby={titleId} data-testid="goals-panel">
      <div className="section-header">
        <h2 id={titleId}>{t.title}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => navigateTo('goals')}
          data-testid="goals-panel-open"
        >
          {goals.length === 0 ? t.create : t.open}
        </button>
      </div>
      {goals.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul className="goal-list goal-list-compact">
          {goals.map((progress) => (
            <li key={progress.goal.id}>
              <GoalCard progress={progress} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
