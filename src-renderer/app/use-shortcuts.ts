import { useEffect } from 'react';
import { apiGlobalName } from '../../src-shared/ipc/api';
import { navigateTo } from '../shell/navigation';
import { useAppStore } from '../state/store';
import { builtViews } from '../views/registry';
import { shortcutAction } from './shortcut-action';

/**
 * The window's keyboard shortcuts. In the desktop app the native menu owns the accelerators of its
 * commands (theme, analyse, find), so the window handles those only where there is no menu (in a
 * browser); the views' keys work in both.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const hasNativeMenu = window[apiGlobalName] !== undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutAction(event, builtViews);
      if (!action) return;
      if (action.type === 'view') {
        event.preventDefault();
        navigateTo(action.view);
        return;
      }
      if (hasNativeMenu) return;
      event.preventDefault();
      const store = useAppStore.getState();
      if (action.type === 'toggle-theme') void store.toggleTheme();
      else if (action.type === 'analyse') void store.startAnalysis();
      else store.findAccount();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
