export interface WorkspaceInfo {
  path: string;
  /** File name without its folder, as the window title shows it. */
  name: string;
  schemaVersion: number;
  dataRevision: number;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
}

export const languages = ['en', 'ja'] as const;
export type Language = (typeof languages)[number];

export const themes = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themes)[number];

export interface Preferences {
  language: Language;
  theme: ThemePreference;
}
