import { appViews, type ViewId } from '../../src-shared/model/views';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type ShortcutAction =
  | { type: 'view'; view: ViewId }
  | { type: 'toggle-theme' }
  | { type: 'analyse' }
  | { type: 'find-account' };

/**
 * Ctrl/Cmd with a view's key opens it (of the views `built`); Ctrl/Cmd+R analyses; Ctrl/Cmd+K finds
 * an account; Ctrl/Cmd+Shift+L toggles light and dark.
 */
export function shortcutAction(
  event: ShortcutKey,
  built: readonly ViewId[],
): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (!command || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey) return key === 'l' ? { type: 'toggle-theme' } : null;
  if (key === 'r') return { type: 'analyse' };
  if (key === 'k') return { type: 'find-account' };
  const view = appViews.find((v) => v.key.toLowerCase() === key);
  return view && built.includes(view.id) ? { type: 'view', view: view.id } : null;
}

/** How a view's shortcut is written for people and for aria-keyshortcuts. */
export const viewShortcut = (key: string, mac: boolean) => ({
  label: `${mac ? '⌘' : 'Ctrl+'}${key}`,
  aria: `${mac ? 'Meta' : 'Control'}+${key}`,
});
