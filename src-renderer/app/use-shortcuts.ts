import { useEffect } from 'react';
import { apiGlobalName } from '../../src-shared/ipc/api';
import { navigateTo } from '../shell/navigation';
import { useAppStore } from '../state/store';
import { viewRegistry } from '../views/registry';
import { shortcutAction } from './shortcut-action';

/**
 * The window's keyboard shortcuts. In the desktop app the native menu owns the theme toggle's
 * accelerator, so the window handles it only where there is no menu (in a browser).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const hasNativeMenu = window[apiGlobalName] !== undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutAction(event, viewRegistry.length);
      if (!action) return;
      if (action.type === 'view') {
        const view = viewRegistry[action.index];
        if (!view) return;
        event.preventDefault();
        navigateTo(view.id);
      } else if (!hasNativeMenu) {
        event.preventDefault();
        void useAppStore.getState().toggleTheme();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
