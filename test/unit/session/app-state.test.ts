import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStateStore, defaultAppState } from '../../../src-main/session/app-state';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A state file holding `text`, and its store. */
function storeWith(text: string): { store: AppStateStore; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'app-state-'));
  dirs.push(dir);
  const path = join(dir, 'state.json');
  writeFileSync(path, text);
  return { store: new AppStateStore(path), path };
}

const good = {
  preferences: { language: 'ja', theme: 'dark' },
  recent: [{ path: '/w/a.sqlite', name: 'a.sqlite', openedAt: '2026-01-02T03:04:05.000Z' }],
  lastWorkspace: '/w/a.sqlite',
  window: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
};

describe('the saved app state', () => {
  it('reads a good file as it is', () => {
    expect(storeWith(JSON.stringify(good)).store.read()).toEqual(good);
  });

  it.each([
    ['not JSON', '{"preferences": '],
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['a number', '42'],
    [
      'every part the wrong shape',
      '{"preferences": null, "recent": 5, "lastWorkspace": 7, "window": "big"}',
    ],
    [
      'parts with wrong values',
      '{"preferences": {"language": "xx", "theme": 3}, "recent": [null, {"path": ""}], "lastWorkspace": "", "window": {"width": "1280", "height": -1, "maximized": "no"}}',
    ],
  ])('falls back to the defaults when the file is damaged: %s', (_, text) => {
    expect(storeWith(text).store.read()).toEqual(defaultAppState);
  });

  it('keeps the parts that are good when others are damaged', () => {
    const { store } = storeWith(
      JSON.stringify({
        ...good,
        preferences: { language: 'ja', theme: 'neon' },
        recent: [good.recent[0], { path: 3 }],
        window: null,
      }),
    );
    expect(store.read()).toEqual({
      ...good,
      preferences: { language: 'ja', theme: 'system' },
      window: defaultAppState.window,
    });
  });

  it('goes on working after a damaged file: the next change writes a good one', () => {
    const { store, path } = storeWith('{"recent": {"length": 3}, "preferences": []}');
    store.rememberWorkspace('/w/b.sqlite', new Date('2026-02-03T00:00:00Z'));
    store.setPreferences({ theme: 'light' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      preferences: { language: 'en', theme: 'light' },
      recent: [{ path: '/w/b.sqlite', name: 'b.sqlite', openedAt: '2026-02-03T00:00:00.000Z' }],
      lastWorkspace: '/w/b.sqlite',
      window: defaultAppState.window,
    });
  });
});
