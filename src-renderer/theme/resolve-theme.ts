import type { ThemePreference } from '../../src-shared/model/workspace';

export type ResolvedTheme = 'light' | 'dark';

/** The theme on screen: the analyst's choice, or the system's when they chose "system". */
export const resolveTheme = (preference: ThemePreference, system: ResolvedTheme): ResolvedTheme =>
  preference === 'system' ? system : preference;

/** The menu's "toggle" flips what is on screen and makes that an explicit choice. */
export const toggledTheme = (preference: ThemePreference, system: ResolvedTheme): ResolvedTheme =>
  resolveTheme(preference, system) === 'dark' ? 'light' : 'dark';
