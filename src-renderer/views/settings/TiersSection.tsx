import { useEffect, useId } from 'react';
import type { Tier, TierThresholds } from '../../../src-shared/model/analysis/score';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-i18n';
import { NumberField } from './NumberField';
import { SectionError } from './SectionError';
import { useLoaded, useSettingsSave } from './use-settings-save';

const editable: (keyof TierThresholds & Tier)[] = ['champion', 'advocate', 'neutral'];

/** The lowest score of each tier above At risk, saved as each is typed in. */
export function TiersSection() {
  const m = useMessages();
  const titleId = useId();
  const loaded = useLoaded(() => api.invoke('analysis:tiers', {}));
  const { save, error } = useSettingsSave(loaded.reload);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(loaded.reload, []);
  const tiers = loaded.value;
  return (
    <section
      className="card settings-section"
      aria-labelledby={titleId}
      data-testid="settings-tiers"
    >
      <h2 id={titleId} className="card-title">
        {m.settings.tiers.title}
      </h2>
      <p className="muted settings-intro">{m.settings.tiers.intro}</p>
      {tiers && (
        <div className="form settings-form">
          {editable.map((tier) => (
            <div className="form-row" key={tier}>
              <label htmlFor={`tier-${tier}`}>{m.tiers[tier]}</label>
              <NumberField
                id={`tier-${tier}`}
                value={tiers[tier]}
                testId={`tier-${tier}`}
                onCommit={(value) =>
                  save(() => api.invoke('analysis:tiers-save', { ...tiers, [tier]: value ?? 0 }))
                }
              />
            </div>
          ))}
        </div>
      )}
      <SectionError error={error ?? loaded.error} />
    </section>
  );
}
