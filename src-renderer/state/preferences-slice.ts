import type { Language, Preferences, ThemePreference } from '../../src-shared/model/workspace';
import type { Result } from '../../src-shared/result';
import { api } from '../api/client';
import { toggledTheme, type ResolvedTheme } from '../theme/resolve-theme';
import type { SliceCreator } from './store';

/** Language and theme, kept by main so they survive a restart and reach the native menu too. */
export interface PreferencesSlice {
  preferences: Preferences;
  systemTheme: ResolvedTheme;
  loadPreferences(): Promise<Result<Preferences>>;
  setLanguage(language: Language): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  toggleTheme(): Promise<void>;
  receivePreferences(preferences: Preferences): void;
  setSystemTheme(theme: ResolvedTheme): void;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set, get) => {
  const save = async (change: Partial<Preferences>) => {
    // Shown at once; main's answer (or the event that follows it) is the final word.
    set((state) => ({ preferences: { ...state.preferences, ...change } }));
    const result = await api.invoke('preferences:set', change);
    if (result.ok) set({ preferences: result.value });
  };
  return {
    preferences: { language: 'en', theme: 'system' },
    systemTheme: 'light',
    async loadPreferences() {
      const result = await api.invoke('preferences:get', {});
      if (result.ok) set({ preferences: result.value });
      return result;
    },
    setLanguage: (language) => save({ language }),
    setTheme: (theme) => save({ theme }),
    toggleTheme: () => {
      const { preferences, systemTheme } = get();
      return save({ theme: toggledTheme(preferences.theme, systemTheme) });
    },
    receivePreferences: (preferences) => set({ preferences }),
    setSystemTheme: (systemTheme) => set({ systemTheme }),
  };
};
