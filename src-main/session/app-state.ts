import { basename } from 'node:path';
import type { Preferences, RecentWorkspace } from '../../src-shared/model/workspace';
import { languages, themes } from '../../src-shared/model/workspace';
import { z } from 'zod';
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

const recentWorkspace = z.object({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.string(),
});

/**
 * What a saved state file may hold. Each part that is damaged or missing falls back to its default
 * on its own, and the rest is kept: a hand-edited, truncated or older file never stops the app at
 * start, and never puts unknown values into the UI.
 */
const appStateSchema = z.object({
  preferences: z
    .object({
      language: z.enum(languages).catch(defaultAppState.preferences.language),
      theme: z.enum(themes).catch(defaultAppState.preferences.theme),
    })
    .catch(() => ({ ...defaultAppState.preferences })),
  recent: z
    .array(z.unknown())
    .transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = recentWorkspace.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
    )
    .transform((entries) => entries.slice(0, MAX_RECENT))
    .catch(() => []),
  lastWorkspace: z.string().min(1).nullable().catch(null),
  window: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      maximized: z.boolean(),
    })
    .catch(() => ({ ...defaultAppState.window })),
});

/** Any value read from the state file, as a valid state. */
export function parseAppState(raw: unknown): AppState {
  const parsed = appStateSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : structuredClone(defaultAppState);
}

export class AppStateStore {
  private readonly file: JsonFileStore<AppState>;

  constructor(path: string) {
    this.file = new JsonFileStore(path, defaultAppState, parseAppState);
  }

  read(): AppState {
    return this.file.read();
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
