import type { AppError } from '../../src-shared/result';
import type { SliceCreator } from './store';

export type BootState =
  { state: 'starting' } | { state: 'ready' } | { state: 'failed'; error: AppError };

/** Start-up, and the polite announcements screen readers hear after an action. */
export interface ShellSlice {
  boot: BootState;
  announcement: { text: string; serial: number };
  bootstrap(): Promise<void>;
  announce(text: string): void;
}

export const createShellSlice: SliceCreator<ShellSlice> = (set, get) => ({
  boot: { state: 'starting' },
  announcement: { text: '', serial: 0 },
  async bootstrap() {
    set({ boot: { state: 'starting' } });
    const [preferences] = await Promise.all([
      get().loadPreferences(),
      get().loadWorkspace(),
      get().loadRecent(),
      get().loadFreshness(),
    ]);
    // Without preferences the services are unreachable; the workspace shows its own error otherwise.
    set({
      boot: preferences.ok ? { state: 'ready' } : { state: 'failed', error: preferences.error },
    });
  },
  announce: (text) =>
    set((state) => ({ announcement: { text, serial: state.announcement.serial + 1 } })),
});
