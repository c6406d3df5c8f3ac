import { useEffect } from 'react';
import { api } from '../api/client';
import { useAppStore } from '../state/store';
import { runMenuCommand } from './menu-commands';

/** Follows what main reports: another workspace, changed preferences, job progress, menu commands. */
export function useAppEvents(): void {
  useEffect(() => {
    const store = useAppStore.getState;
    const unsubscribe = [
      api.on('workspace:changed', (info) => {
        store().receiveWorkspace(info);
        void store().loadRecent();
        void store().loadFreshness();
      }),
      api.on('analysis:finished', () => store().receiveAnalysis()),
      api.on('preferences:changed', (preferences) => store().receivePreferences(preferences)),
      api.on('job:progress', (progress) => store().receiveProgress(progress)),
      api.on('menu:command', ({ command, files }) => runMenuCommand(command, files)),
    ];
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }, []);
}
