import { useState } from 'react';
import type { Goal } from '../../../src-shared/model/goals';
import { ResultsGate } from '../../analysis/ResultsGate';
import { api } from '../../api/client';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { ConfirmDialog } from '../settings/ConfirmDialog';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';
import { useGoals } from './use-goals';
import './goals.css';

type Dialog = { kind: 'edit'; goal: Goal | null } | { kind: 'delete'; goal: Goal };

/** The analyst's goals with their progress; created, edited and deleted here. */
export function GoalsView() {
  const m = useMessages();
  const t = m.goals;
  const { goals, error, reload } = useGoals();
  const summary = useAppStore((state) => state.summary);
  const announce = useAppStore((state) => state.announce);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const today =
    summary.state === 'ready' ? summary.value.stamp.asOf : new Date().toISOString().slice(0, 10);
  return (
    <div className="view goals" data-testid="goals">
      <header className="view-header goals-header">
        <div>
          <h1 className="view-title">{t.title}</h1>
          <p className="view-subtitle">{t.intro}</p>
        </div>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setDialog({ kind: 'edit', goal: null })}
          data-testid="goal-create"
        >
          {t.create}
        </button>
      </header>
      <ResultsGate>
        {error && (
          <ErrorNotice title={t.title} error={error} retryLabel={m.app.retry} onRetry={reload} />
        )}
        {goals?.length === 0 && <p className="card goals-empty">{t.empty}</p>}
        {goals && goals.length > 0 && (
          <ul className="goal-list" aria-label={t.listLabel}>
            {goals.map((progress) => (
              <li key={progress.goal.id}>
                <GoalCard
                  progress={progress}
                  onEdit={() => setDialog({ kind: 'edit', goal: progress.goal })}
                  onDelete={() => setDialog({ kind: 'delete', goal: progress.goal })}
                />
              </li>
            ))}
          </ul>
        )}
      </ResultsGate>
      {dialog?.kind === 'edit' && (
        <GoalDialog
          goal={dialog.goal}
          today={today}
          onSaved={reload}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t.deleteTitle(dialog.goal.name)}
          body={t.deleteBody}
          confirmLabel={t.confirmDelete}
          cancelLabel={t.form.cancel}
          testId="delete-goal-dialog"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const result = await api.invoke('goals:delete', { id: dialog.goal.id });
            if (result.ok) {
              announce(t.deleteTitle(dialog.goal.name));
              reload();
            }
            return result;
          }}
        />
      )}
    </div>
  );
}
