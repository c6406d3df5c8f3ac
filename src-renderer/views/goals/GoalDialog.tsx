import { useEffect, useId, useState } from 'react';
import { addDays } from '../../../src-shared/calendar/days';
import {
  goalMetricIds,
  goalMetrics,
  type Goal,
  type GoalInput,
  type GoalMetricId,
  type GoalSegmentDimension,
  type SegmentChoice,
} from '../../../src-shared/model/goals';
import type { AppError } from '../../../src-shared/result';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-i18n';
import type { Messages } from '../../i18n/messages';
import { ModalDialog, useModal } from '../../shell/ModalDialog';
import { typedAsPercent } from './goal-values';

interface Draft {
  name: string;
  metric: GoalMetricId;
  option: string;
  dimension: GoalSegmentDimension | '';
  value: string;
  target: string;
  start: string;
  deadline: string;
  owner: string;
  note: string;
}

const asTyped = (goal: Goal): string =>
  String(
    typedAsPercent(goalMetrics[goal.metric].unit)
      ? Math.round(goal.target * 1e6) / 1e4
      : goal.target,
  );

function draftOf(goal: Goal | null, today: string): Draft {
  if (!goal)
    return {
      name: '',
      metric: 'nps',
      option: '',
      dimension: '',
      value: '',
      target: '',
      start: today,
      deadline: addDays(today, 90),
      owner: '',
      note: '',
    };
  return {
    name: goal.name,
    metric: goal.metric,
    option: goal.metricOption ?? '',
    dimension: goal.segment?.dimension ?? '',
    value: goal.segment?.value ?? '',
    target: asTyped(goal),
    start: goal.start,
    deadline: goal.deadline,
    owner: goal.owner ?? '',
    note: goal.note ?? '',
  };
}

function optionLabel(metric: GoalMetricId, option: string, m: Messages): string {
  return metric === 'tier-accounts'
    ? m.tiers[option as keyof Messages['tiers']]
    : m.sources[option as keyof Messages['sources']];
}

/** Creates a goal, or edits one; main checks it and its message shows when it is refused. */
export function GoalDialog({
  goal,
  today,
  onSaved,
  onClose,
}: {
  goal: Goal | null;
  today: string;
  onSaved(): void;
  onClose(): void;
}) {
  const m = useMessages();
  const t = m.goals.form;
  const { ref, close } = useModal();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(goal, today));
  const [choices, setChoices] = useState<SegmentChoice[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const spec = goalMetrics[draft.metric];
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  useEffect(() => {
    if (draft.dimension === '') return;
    let current = true;
    void api.invoke('goals:segment-values', { dimension: draft.dimension }).then((result) => {
      if (current && result.ok) setChoices(result.value);
    });
    return () => {
      current = false;
    };
  }, [draft.dimension]);

  const chooseMetric = (metric: GoalMetricId) => {
    const next = goalMetrics[metric];
    set({
      metric,
      option: next.options[0] ?? '',
      dimension:
        draft.dimension !== '' && next.segments.includes(draft.dimension) ? draft.dimension : '',
    });
  };

  const submit = async () => {
    const typed = Number(draft.target.trim().replace(/,/g, ''));
    const input: GoalInput = {
      name: draft.name,
      metric: draft.metric,
      metricOption: spec.options.length > 0 ? draft.option : null,
      segment: draft.dimension === '' ? null : { dimension: draft.dimension, value: draft.value },
      target:
        draft.target.trim() === '' ? Number.NaN : typedAsPercent(spec.unit) ? typed / 100 : typed,
      start: draft.start,
      deadline: draft.deadline,
      owner: draft.owner,
      note: draft.note,
      direction: goal?.direction ?? null,
    };
    if (!Number.isFinite(input.target)) {
      setError({ code: 'invalid-goal', message: `${t.target}: ${m.settings.number.invalid}` });
      return;
    }
    setBusy(true);
    const result = await api.invoke('goals:save', {
      ...(goal ? { id: goal.id } : {}),
      goal: input,
    });
    setBusy(false);
    if (result.ok) {
      onSaved();
      close();
    } else setError(result.error);
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <ModalDialog
      dialogRef={ref}
      close={close}
      title={goal ? t.editTitle(goal.name) : t.createTitle}
      testId="goal-dialog"
      className="goal-dialog"
      onClose={onClose}
    >
      <form
        className="form goal-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={field('name')}>{t.name}</label>
        <input
          id={field('name')}
          value={draft.name}
          maxLength={120}
          required
          onChange={(e) => set({ name: e.target.value })}
          data-testid="goal-name"
        />
        <label htmlFor={field('metric')}>{t.metric}</label>
        <select
          id={field('metric')}
          value={draft.metric}
          onChange={(e) => chooseMetric(e.target.value as GoalMetricId)}
          data-testid="goal-metric"
        >
          {goalMetricIds.map((metric) => (
            <option key={metric} value={metric}>
              {m.goals.metrics[metric]}
            </option>
          ))}
        </select>
        {spec.options.length > 0 && (
          <>
            <label htmlFor={field('option')}>{t.option}</label>
            <select
              id={field('option')}
              value={draft.option}
              onChange={(e) => set({ option: e.target.value })}
              data-testid="goal-option"
            >
              {spec.options.map((option) => (
                <option key={option} value={option}>
                  {optionLabel(draft.metric, option, m)}
                </option>
              ))}
            </select>
          </>
        )}
        {spec.segments.length > 0 && (
          <>
            <label htmlFor={field('segment')}>{t.segment}</label>
            <span className="goal-segment">
              <select
                id={field('segment')}
                value={draft.dimension}
                onChange={(e) =>
                  set({ dimension: e.target.value as GoalSegmentDimension | '', value: '' })
                }
                data-testid="goal-dimension"
              >
                <option value="">{t.wholeBase}</option>
                {spec.segments.map((dimension) => (
                  <option key={dimension} value={dimension}>
                    {m.goals.dimensions[dimension]}
                  </option>
                ))}
              </select>
              {draft.dimension !== '' && (
                <select
                  aria-label={t.segmentValue}
                  value={draft.value}
                  onChange={(e) => set({ value: e.target.value })}
                  data-testid="goal-segment-value"
                >
                  <option value="" disabled>
                    {t.segmentValue}
                  </option>
                  {choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label ?? c.value}
                    </option>
                  ))}
                </select>
              )}
            </span>
          </>
        )}
        <label htmlFor={field('target')}>
          {typedAsPercent(spec.unit) ? t.targetPercent : t.target}
        </label>
        <input
          id={field('target')}
          inputMode="decimal"
          value={draft.target}
          onChange={(e) => set({ target: e.target.value })}
          data-testid="goal-target-input"
        />
        <label htmlFor={field('start')}>{t.start}</label>
        <input
          id={field('start')}
          type="date"
          value={draft.start}
          onChange={(e) => set({ start: e.target.value })}
          data-testid="goal-start-input"
        />
        <label htmlFor={field('deadline')}>{t.deadline}</label>
        <input
          id={field('deadline')}
          type="date"
          value={draft.deadline}
          onChange={(e) => set({ deadline: e.target.value })}
          data-testid="goal-deadline-input"
        />
        <label htmlFor={field('owner')}>{t.owner}</label>
        <input
          id={field('owner')}
          value={draft.owner}
          maxLength={200}
          onChange={(e) => set({ owner: e.target.value })}
          data-testid="goal-owner"
        />
        <label htmlFor={field('note')}>{t.note}</label>
        <textarea
          id={field('note')}
          value={draft.note}
          rows={2}
          maxLength={2000}
          onChange={(e) => set({ note: e.target.value })}
          data-testid="goal-note"
        />
        {error && (
          <p className="form-error" role="alert" data-testid="goal-error">
            <strong>{t.failed}.</strong> {error.message}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="goal-save"
          >
            {t.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
