import type { Language, ThemePreference } from '../../src-shared/model/workspace';
import { useMessages } from '../i18n/use-i18n';
import { MonitorIcon, MoonIcon, SunIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import { SegmentedControl } from './SegmentedControl';

/**
 * Language and theme, saved as the analyst's preferences. The sidebar and the Settings view each
 * show one; `testIdPrefix` tells them apart.
 */
export function PreferencesPanel({ testIdPrefix = '' }: { testIdPrefix?: string }) {
  const m = useMessages();
  const preferences = useAppStore((state) => state.preferences);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setTheme = useAppStore((state) => state.setTheme);
  const announce = useAppStore((state) => state.announce);

  const chooseTheme = (theme: ThemePreference) => {
    void setTheme(theme);
    announce(m.preferences.themeChanged(m.preferences.themes[theme]));
  };

  return (
    <section className="preferences" aria-label={m.preferences.label}>
      <SegmentedControl<Language>
        testId={`${testIdPrefix}language-switch`}
        legend={m.preferences.language}
        value={preferences.language}
        onChange={(language) => void setLanguage(language)}
        options={[
          { value: 'en', label: m.preferences.languages.en },
          { value: 'ja', label: m.preferences.languages.ja },
        ]}
      />
      <SegmentedControl<ThemePreference>
        testId={`${testIdPrefix}theme-switch`}
        legend={m.preferences.theme}
        value={preferences.theme}
        onChange={chooseTheme}
        options={[
          { value: 'light', label: m.preferences.themes.light, icon: <SunIcon /> },
          { value: 'dark', label: m.preferences.themes.dark, icon: <MoonIcon /> },
          { value: 'system', label: m.preferences.themes.system, icon: <MonitorIcon /> },
        ]}
      />
    </section>
  );
}
