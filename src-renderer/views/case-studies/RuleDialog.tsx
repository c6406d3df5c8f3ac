import { useId, useState } from 'react';
import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import type { AppError } from '../../../src-shared/result';
import { api } from '../../api/client';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { ModalDialog, useModal } from '../../shell/ModalDialog';
import { booleanRuleFields, numericRuleFields, readRuleNumber } from './rule-fields';

/**
 * Writes a case-study rule: every field of the rule, checked as the analyst types against the
 * ranges main accepts, saved under a name and made the rule the view uses.
 */
export function RuleDialog({
  rule,
  onSaved,
  onClose,
}: {
  rule: CaseStudyRule;
  onSaved(name: string): void;
  onClose(): void;
}) {
  const m = useMessages();
  const format = useFormat();
  const t = m.caseStudies.rule;
  const { ref, close } = useModal();
  const id = useId();
  const [name, setName] = useState(rule.name);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(numericRuleFields.map((f) => [f.key, String(rule[f.key])])),
  );
  const [flags, setFlags] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(booleanRuleFields.map((f) => [f, rule[f]])),
  );
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = numericRuleFields.flatMap((field) => {
    const read = readRuleNumber(texts[field.key] ?? '', field);
    if (!('invalid' in read)) return [];
    const range = (field.whole ? t.wholeBetween : t.between)(
      format.integer(field.min),
      format.integer(field.max),
    );
    return [{ key: field.key, message: t.invalid(t[field.key], range) }];
  });
  const nameProblem = name.trim() === '' ? t.nameNeeded : null;

  const submit = async () => {
    if (problems.length > 0 || nameProblem) return;
    setBusy(true);
    const numbers = Object.fromEntries(
      numericRuleFields.map((f) => [f.key, Number((texts[f.key] ?? '').trim())]),
    );
    const saved = await api.invoke('analysis:rule-save', {
      name: name.trim(),
      rule: { ...numbers, ...flags },
    });
    const chosen = saved.ok
      ? await api.invoke('analysis:rule-choose', { name: saved.value.name })
      : saved;
    setBusy(false);
    if (!chosen.ok) return setError(chosen.error);
    onSaved(chosen.value.name);
    close();
  };

  return (
    <ModalDialog
      dialogRef={ref}
      close={close}
      title={t.dialogTitle}
      testId="rule-dialog"
      onClose={onClose}
    >
      <form
        className="form rule-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`${id}-name`}>{t.name}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameProblem !== null}
          data-testid="rule-name"
        />
        {numericRuleFields.map((field) => {
          const problem = problems.find((p) => p.key === field.key);
          return (
            <div key={field.key} className="rule-form-row">
              <label htmlFor={`${id}-${field.key}`}>{t[field.key]}</label>
              <input
                id={`${id}-${field.key}`}
                inputMode="decimal"
                value={texts[field.key] ?? ''}
                onChange={(event) => setTexts({ ...texts, [field.key]: event.target.value })}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? `${id}-${field.key}-error` : undefined}
                data-testid={`rule-${field.key}`}
              />
              {problem && (
                <p id={`${id}-${field.key}-error`} className="form-error" role="alert">
                  {problem.message}
                </p>
              )}
            </div>
          );
        })}
        {booleanRuleFields.map((field) => (
          <label key={field} className="rule-form-check">
            <input
              type="checkbox"
              checked={flags[field] ?? false}
              onChange={(event) => setFlags({ ...flags, [field]: event.target.checked })}
              data-testid={`rule-${field}`}
            />
            {t[field]}
          </label>
        ))}
        {nameProblem && <p className="form-error">{nameProblem}</p>}
        {error && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || problems.length > 0 || nameProblem !== null}
            data-testid="rule-save"
          >
            {t.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
