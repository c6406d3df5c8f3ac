import { useEffect, useId } from 'react';
import { api } from '../../api/client';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { SectionError } from './SectionError';
import { useLoaded, useSettingsSave } from './use-settings-save';

/**
 * Which case-study rule is the default, and what it asks for in words. The rules themselves are
 * written and saved in the Case studies view.
 */
export function RuleSection() {
  const m = useMessages();
  const format = useFormat();
  const t = m.settings.rule;
  const titleId = useId();
  const loaded = useLoaded(() => api.invoke('analysis:rules', {}));
  const { save, error } = useSettingsSave(loaded.reload);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(loaded.reload, []);
  const data = loaded.value;
  const rule = data?.rules.find((r) => r.name === data.active);
  return (
    <section
      className="card settings-section"
      aria-labelledby={titleId}
      data-testid="settings-rule"
    >
      <h2 id={titleId} className="card-title">
        {t.title}
      </h2>
      <p className="muted settings-intro">{t.intro}</p>
      {data && (
        <div className="form settings-form">
          <label htmlFor="default-rule">{t.label}</label>
          <select
            id="default-rule"
            value={data.active}
            data-testid="default-rule"
            onChange={(event) =>
              void save(() => api.invoke('analysis:rule-choose', { name: event.target.value }))
            }
          >
            {data.rules.map((r) => (
              <option key={r.name} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {rule && (
        <p className="rule-words" data-testid="rule-words">
          {t.words({
            tenure: format.decimal(rule.minTenureMonths),
            nps: format.decimal(rule.minNps),
            score: format.decimal(rule.minScore),
            asked: format.integer(rule.notAskedWithinDays),
            declined: format.integer(rule.notDeclinedWithinDays),
            champion: rule.requireChampionContact,
            consent: rule.excludeConsentRefused,
            active: rule.activeOnly,
          })}
        </p>
      )}
      <SectionError error={error ?? loaded.error} />
    </section>
  );
}
