import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src-shared/ipc/contract';
import { fileHandOverChannel } from '../../../src-shared/ipc/channel-names';
import { secureWebPreferences } from '../../../src-main/app/security';
import { openWorkspace } from '../../../src-main/store/workspace';
import { createFakeElectron } from './fake-electron';

// The main process's wiring, run against a recording stand-in for Electron. The real Electron runs
// in test/e2e/electron.spec.ts where its binary is present.
const appPath = mkdtempSync(join(tmpdir(), 'app-'));
const userData = mkdtempSync(join(tmpdir(), 'user-data-'));
const workspacePath = join(userData, 'Existing.sqlite');
const fake = vi.hoisted(() => ({ current: undefined as unknown }));

vi.mock('electron', () => fake.current as object);

async function startShell() {
  // The Node build of better-sqlite3 stands in for the Electron build the app loads by path.
  const nodeBuild = join(
    dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
    'build',
    'Release',
    'better_sqlite3.node',
  );
  mkdirSync(join(appPath, '.electron-native'), { recursive: true });
  copyFileSync(nodeBuild, join(appPath, '.electron-native', 'better_sqlite3.node'));
  openWorkspace(workspacePath, { create: true }).close();
  writeFileSync(join(userData, 'state.json'), JSON.stringify({ lastWorkspace: workspacePath }));

  const { electron, record } = createFakeElectron({ appPath, userData });
  fake.current = electron;
  await import('../../../src-main/app/main');
  await vi.waitFor(() => expect(record.windows).toHaveLength(1));
  return record;
}

describe('Electron shell wiring', async () => {
  const record = await startShell();
  const [window] = record.windows;
  if (!window) throw new Error('The shell opened no window.');

  it('registers app:// as a secure standard scheme and serves the renderer from it', async () => {
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handler = record.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    expect((await handler?.({ url: 'app://advocate-lab/../../etc/passwd' }))?.status).toBe(404);
    expect(window.loadedUrl).toBe('app://advocate-lab/index.html');
  });

  it('opens the window with the hardened webPreferences', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    // The fake app is not packaged, so DevTools are on, as in development.
    expect(prefs).toEqual(secureWebPreferences(prefs.preload as string, { devTools: true }));
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('enables the sandbox for every renderer, holds a single instance, and hardens new web contents', () => {
    expect(record.sandboxEnabled).toBe(true);
    expect(record.singleInstanceRequested).toBe(true);
    expect(record.appListeners.has('second-instance')).toBe(true);
    const created = record.appListeners.get('web-contents-created') as (
      e: unknown,
      c: unknown,
    ) => void;
    let openHandler: ((d: unknown) => unknown) | undefined;
    const navigation = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    created(
      {},
      {
        setWindowOpenHandler: (h: (d: unknown) => unknown) => (openHandler = h),
        on: (name: string, l: (event: { url: string; preventDefault(): void }) => void) =>
          navigation.set(name, l),
      },
    );
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const away = { url: 'https://example.com', preventDefault: vi.fn() };
    navigation.get('will-navigate')?.(away);
    expect(away.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request', () => {
    const callback = vi.fn();
    (record.permission.request as (c: unknown, p: string, cb: (g: boolean) => void) => void)(
      {},
      'media',
      callback,
    );
    expect(callback).toHaveBeenCalledWith(false);
    expect((record.permission.check as () => boolean)()).toBe(false);
  });

  it('cancels at the session every request that is not for the app itself', () => {
    const filter = record.requestFilter as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const cancelled = (url: string): boolean => {
      let answer: boolean | undefined;
      filter({ url }, (response) => (answer = response.cancel));
      return answer ?? false;
    };
    expect(cancelled('app://advocate-lab/assets/index.js')).toBe(false);
    expect(cancelled('https://example.com/track.gif')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('ws://example.com/')).toBe(true);
  });

  it('handles exactly the contract channels and checks the sender of each', async () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual(
      [...channelNames, fileHandOverChannel].sort(),
    );
    const info = record.ipcHandlers.get('workspace:info');
    const trusted = { senderFrame: { url: 'app://advocate-lab/index.html', parent: null } };
    expect(await info?.(trusted, {})).toMatchObject({
      ok: true,
      value: { path: workspacePath, name: 'Existing.sqlite' },
    });
    const foreign = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await info?.(foreign, {})).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('reads for import only the files picked in the dialog or handed over by the preload', async () => {
    const trusted = { senderFrame: { url: 'app://advocate-lab/index.html', parent: null } };
    const foreign = { senderFrame: { url: 'https://example.com/', parent: null } };
    const folder = mkdtempSync(join(tmpdir(), 'exports-'));
    const [picked, dropped, other] = ['picked.csv', 'dropped.csv', 'other.csv'].map((name) => {
      const path = join(realpathSync(folder), name);
      writeFileSync(path, 'account_id\nA1\n');
      return path;
    }) as [string, string, string];
    const inspect = record.ipcHandlers.get('import:inspect');
    const notChosen = { ok: false, error: { code: 'not-chosen' } };
    for (const file of [picked, dropped, other])
      expect(await inspect?.(trusted, { file })).toMatchObject(notChosen);

    record.openDialogPicks = [picked];
    const choose = record.ipcHandlers.get('files:choose-import');
    expect(await choose?.(trusted, {})).toEqual({ ok: true, value: [picked] });
    const handOver = record.ipcHandlers.get(fileHandOverChannel);
    expect(await handOver?.(foreign, { path: dropped })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await inspect?.(trusted, { file: dropped })).toMatchObject(notChosen);
    expect(await handOver?.(trusted, { path: dropped })).toEqual({ ok: true, value: dropped });

    // The chosen files pass the check and go on to the analysis worker (whose bundle this stand-in
    // does not build, so its answer is not the point here); the one never chosen stops at the check.
    for (const file of [picked, dropped])
      expect(await inspect?.(trusted, { file })).not.toMatchObject(notChosen);
    expect(await inspect?.(trusted, { file: other })).toMatchObject(notChosen);
  });

  it('opens, creates and saves as only workspaces picked in the dialog, or recent ones', async () => {
    const trusted = { senderFrame: { url: 'app://advocate-lab/index.html', parent: null } };
    const call = (channel: string, request: unknown) =>
      record.ipcHandlers.get(channel)?.(trusted, request);
    const folder = realpathSync(mkdtempSync(join(tmpdir(), 'workspaces-')));
    const picked = join(folder, 'Picked.sqlite');
    openWorkspace(picked, { create: true }).close();
    const notChosen = {
      ok: false,
      error: { code: 'not-chosen', location: { file: 'Picked.sqlite' } },
    };
    expect(await call('workspace:open', { path: picked })).toMatchObject(notChosen);

    record.openDialogPicks = [];
    expect(await call('files:choose-workspace', { purpose: 'open' })).toEqual({
      ok: true,
      value: { path: null },
    });
    record.openDialogPicks = [picked];
    expect(await call('files:choose-workspace', { purpose: 'open' })).toEqual({
      ok: true,
      value: { path: picked },
    });
    expect(await call('workspace:open', { path: picked })).toMatchObject({
      ok: true,
      value: { path: picked, name: 'Picked.sqlite' },
    });

    const fresh = join(folder, 'Fresh.sqlite');
    expect(await call('workspace:create', { path: fresh })).toMatchObject({
      ok: false,
      error: { code: 'not-chosen' },
    });
    record.saveDialogPick = fresh;
    expect(await call('files:choose-workspace', { purpose: 'create' })).toEqual({
      ok: true,
      value: { path: fresh },
    });
    expect(await call('workspace:create', { path: fresh })).toMatchObject({
      ok: true,
      value: { path: fresh },
    });
    record.saveDialogPick = undefined;

    // The workspace the shell started with is a recent one: opened again without a dialog.
    expect(await call('workspace:open', { path: workspacePath })).toMatchObject({
      ok: true,
      value: { path: workspacePath },
    });
  });

  it('builds the native menu with its shortcuts', () => {
    const file = record.menuTemplate?.find((m) => m.label === 'File');
    const accelerators = (file?.submenu as { accelerator?: string }[])
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(accelerators).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+Shift+S',
      'CmdOrCtrl+I',
    ]);
  });

  it('rebuilds the menu in the language the window chooses', async () => {
    const trusted = { senderFrame: { url: 'app://advocate-lab/index.html', parent: null } };
    const setPreferences = record.ipcHandlers.get('preferences:set');
    await setPreferences?.(trusted, { language: 'ja' });
    expect(record.menuTemplate?.map((m) => m.label)).toContain('ファイル');
    await setPreferences?.(trusted, { language: 'en' });
    expect(record.menuTemplate?.map((m) => m.label)).toContain('File');
  });

  it('remembers the window bounds when it closes', () => {
    window.emit('close');
    const state = JSON.parse(readFileSync(join(userData, 'state.json'), 'utf8')) as {
      window: unknown;
      lastWorkspace: string;
    };
    expect(state.window).toEqual({ x: 40, y: 60, width: 1300, height: 820, maximized: false });
    expect(state.lastWorkspace).toBe(workspacePath);
  });
});
