import { describe, expect, it } from 'vitest';
import { shortcutAction, viewShortcut } from '../app/shortcut-action';
import { rovingTarget } from './roving-focus';
import { paramFromHash, viewFromHash, viewHash } from './view-address';
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
    expect(viewHash('customer-360', 'ACC 1/2')).toBe('#/customer-360/ACC%201%2F2');
    expect(paramFromHash('#/customer-360/ACC%201%2F2')).toBe('ACC 1/2');
    expect(paramFromHash('#/customer-360')).toBeNull();
    expect(paramFromHash('#/customer-360/')).toBeNull();
    expect(paramFromHash('#/customer-360/%E0%A4%A')).toBeNull();
  });

  it('maps Ctrl/Cmd with a view’s key to that view when it is built, and the app’s commands', () => {
    const built = ['overview', 'import', 'advocates', 'goals', 'settings'] as const;
    expect(shortcutAction(key('1', { ctrlKey: true }), built)).toEqual({
      type: 'view',
      view: 'overview',
    });
    expect(shortcutAction(key('3', { metaKey: true }), built)).toEqual({
      type: 'view',
      view: 'advocates',
    });
    expect(shortcutAction(key('g', { ctrlKey: true }), built)).toEqual({
      type: 'view',
      view: 'goals',
    });
    expect(shortcutAction(key(',', { ctrlKey: true }), built)).toEqual({
      type: 'view',
      view: 'settings',
    });
    expect(shortcutAction(key('4', { ctrlKey: true }), built)).toBeNull();
    expect(shortcutAction(key('1'), built)).toBeNull();
    expect(shortcutAction(key('1', { ctrlKey: true, altKey: true }), built)).toBeNull();
    expect(shortcutAction(key('L', { ctrlKey: true, shiftKey: true }), built)).toEqual({
      type: 'toggle-theme',
    });
    expect(shortcutAction(key('r', { ctrlKey: true }), built)).toEqual({ type: 'analyse' });
    expect(shortcutAction(key('K', { metaKey: true }), built)).toEqual({ type: 'find-account' });
    expect(viewShortcut('1', false)).toEqual({ label: 'Ctrl+1', aria: 'Control+1' });
    expect(viewShortcut('3', true)).toEqual({ label: '⌘3', aria: 'Meta+3' });
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
