import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-i18n';
import { PreferencesPanel } from '../../shell/PreferencesPanel';
import { CurrencySection } from './CurrencySection';
import { MoneySection, type SettingsChange } from './MoneySection';
import { ProfilesSection } from './ProfilesSection';
import { RuleSection } from './RuleSection';
import { SectionError } from './SectionError';
import { TiersSection } from './TiersSection';
import { useLoaded, useSettingsSave } from './use-settings-save';
import type { WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import './settings.css';

/**
 * The settings as they will be once a change is saved, to show at once: the two ways of giving
 * the customer-success cost exclude each other, and rates merge with the others (null removes).
 */
function withChange(settings: WorkspaceSettings, change: SettingsChange): WorkspaceSettings {
  const { rates, ...rest } = change;
  const next = { ...settings, ...rest };
  if (change.crcPerAccountMonth != null) next.crcMonthlyTotal = null;
  if (change.crcMonthlyTotal != null) next.crcPerAccountMonth = null;
  if (rates) {
    next.rates = Object.fromEntries(
      Object.entries({ ...settings.rates, ...rates }).filter(
        (entry): entry is [string, number] => entry[1] !== null,
      ),
    );
    next.currencies = settings.currencies.map((c) =>
      c.code in rates ? { ...c, rate: rates[c.code] ?? null } : c,
    );
  }
  return next;
}

/**
 * Everything every analysis reads (weights, tiers, the default case-study rule, money, currencies)
 * and the analyst's language and theme. Each change is saved as it is made; the header then says
 * the results are out of date.
 */
export function SettingsView() {
  const m = useMessages();
  const preferencesId = useId();
  const loaded = useLoaded(() => api.invoke('analysis:settings', {}));
  const { save, error } = useSettingsSave(loaded.reload);
  const [section, setSection] = useState<'money' | 'currency' | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(loaded.reload, []);
  const change = (where: 'money' | 'currency') => (request: SettingsChange) => {
    setSection(where);
    loaded.patch((settings) => withChange(settings, request));
    return save(() => api.invoke('analysis:settings-save', request));
  };
  const settings = loaded.value;
  return (
    <div className="view settings" data-testid="settings">
      <header className="view-header">
        <h1 className="view-title">{m.settings.title}</h1>
        <p className="view-subtitle">{m.settings.intro}</p>
      </header>
      <div className="settings-grid">
        <ProfilesSection />
        <div className="settings-column">
          <TiersSection />
          <RuleSection />
        </div>
        {settings && (
          <>
            <MoneySection
              settings={settings}
              onChange={change('money')}
              error={section === 'money' ? error : null}
            />
            <CurrencySection
              settings={settings}
              onChange={change('currency')}
              error={section === 'currency' ? error : null}
            />
          </>
        )}
        <SectionError error={loaded.error} />
        <section
          className="card settings-section"
          aria-labelledby={preferencesId}
          data-testid="settings-preferences"
        >
          <h2 id={preferencesId} className="card-title">
            {m.settings.preferences.title}
          </h2>
          <PreferencesPanel testIdPrefix="settings-" />
        </section>
      </div>
    </div>
  );
}
