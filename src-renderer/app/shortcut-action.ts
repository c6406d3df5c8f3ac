export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export type ShortcutAction = { type: 'view'; index: number } | { type: 'toggle-theme' };

/** Ctrl/Cmd+1…9 opens the view at that position; Ctrl/Cmd+Shift+L toggles light and dark. */
export function shortcutAction(event: ShortcutKey, viewCount: number): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (!command || event.altKey) return null;
  if (event.shiftKey && event.key.toLowerCase() === 'l') return { type: 'toggle-theme' };
  if (event.shiftKey || !/^[1-9]$/.test(event.key)) return null;
  const index = Number(event.key) - 1;
  return index < viewCount ? { type: 'view', index } : null;
}

/** How a view's shortcut is written for people and for aria-keyshortcuts. */
export const viewShortcut = (index: number, mac: boolean) => ({
  label: `${mac ? '⌘' : 'Ctrl+'}${index + 1}`,
  aria: `${mac ? 'Meta' : 'Control'}+${index + 1}`,
});
