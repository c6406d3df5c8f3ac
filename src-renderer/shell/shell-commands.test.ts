import { describe, expect, it } from 'vitest';
import { shortcutAction, viewShortcut } from '../app/shortcut-action';
import { rovingTarget } from './roving-focus';
import { viewFromHash, viewHash } from './view-address';
import { resolveTheme, toggledTheme } from '../theme/resolve-theme';

const key = (
  k: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the shell’s pure commands', () => {
  it('reads the view from the address, falling back for unknown ones', () => {
    const known = ['overview', 'advocates'];
    expect(viewHash('advocates')).toBe('#/advocates');
    expect(viewFromHash('#/advocates', known, 'overview')).toBe('advocates');
    expect(viewFromHash('#/advocates/ACC-1', known, 'overview')).toBe('advocates');
    expect(viewFromHash('#/nothing', known, 'overview')).toBe('overview');
    expect(viewFromHash('', known, 'overview')).toBe('overview');
  });

  it('maps Ctrl/Cmd+digit to a view that exists, and Ctrl/Cmd+Shift+L to the theme', () => {
    expect(shortcutAction(key('1', { ctrlKey: true }), 1)).toEqual({ type: 'view', index: 0 });
    expect(shortcutAction(key('2', { metaKey: true }), 3)).toEqual({ type: 'view', index: 1 });
    expect(shortcutAction(key('2', { ctrlKey: true }), 1)).toBeNull();
    expect(shortcutAction(key('1'), 1)).toBeNull();
    expect(shortcutAction(key('1', { ctrlKey: true, altKey: true }), 1)).toBeNull();
    expect(shortcutAction(key('L', { ctrlKey: true, shiftKey: true }), 1)).toEqual({
      type: 'toggle-theme',
    });
    expect(viewShortcut(0, false)).toEqual({ label: 'Ctrl+1', aria: 'Control+1' });
    expect(viewShortcut(2, true)).toEqual({ label: '⌘3', aria: 'Meta+3' });
  });

  it('wraps arrow keys around the navigation', () => {
    expect(rovingTarget('ArrowDown', 2, 3)).toBe(0);
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(2);
    expect(rovingTarget('End', 0, 3)).toBe(2);
    expect(rovingTarget('Enter', 0, 3)).toBeNull();
  });

  it('resolves "system" to the system’s theme, and toggles what is on screen', () => {
    expect(resolveTheme('system', 'dark')).toBe('dark');
    expect(resolveTheme('light', 'dark')).toBe('light');
    expect(toggledTheme('system', 'dark')).toBe('light');
    expect(toggledTheme('light', 'dark')).toBe('dark');
  });
});
