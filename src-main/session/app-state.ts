import { basename } from 'node:path';
import type { Preferences, RecentWorkspace } from '../../src-shared/model/workspace';
import { languages, themes } from '../../src-shared/model/workspace';
import { JsonFileStore } from './json-file-store';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** What the application remembers between runs, outside any workspace. */
export interface AppState {
  preferences: Preferences;
  recent: RecentWorkspace[];
  lastWorkspace: string | null;
  window: WindowBounds;
}

export const defaultAppState: AppState = {
  preferences: { language: 'en', theme: 'system' },
  recent: [],
  lastWorkspace: null,
  window: { width: 1280, height: 800, maximized: false },
};

const MAX_RECENT = 10;

export class AppStateStore {
  private readonly file: JsonFileStore<AppState>;

  constructor(path: string) {
    this.file = new JsonFileStore(path, defaultAppState);
  }

  read(): AppState {
    const state = this.file.read();
    // A hand-edited or older file must not put unknown values into the UI.
    const { language, theme } = state.preferences;
    return {
      ...state,
      preferences: {
        language: languages.includes(language) ? language : 'en',
        theme: themes.includes(theme) ? theme : 'system',
      },
    };
  }

  setPreferences(change: Partial<Preferences>): Preferences {
    return this.file.update((s) => ({
      ...s,
      preferences: { ...this.read().preferences, ...change },
    })).preferences;
  }

  rememberWorkspace(path: string, now = new Date()): void {
    this.file.update((s) => ({
      ...s,
      lastWorkspace: path,
      recent: [
        { path, name: basename(path), openedAt: now.toISOString() },
        ...s.recent.filter((r) => r.path !== path),
      ].slice(0, MAX_RECENT),
    }));
  }

  forgetWorkspace(path: string): void {
    this.file.update((s) => ({
      ...s,
      lastWorkspace: s.lastWorkspace === path ? null : s.lastWorkspace,
      recent: s.recent.filter((r) => r.path !== path),
    }));
  }

  setWindow(bounds: WindowBounds): void {
    this.file.update((s) => ({ ...s, window: bounds }));
  }
}
