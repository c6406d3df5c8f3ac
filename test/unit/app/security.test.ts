import { describe, expect, it, vi } from 'vitest';
import {
  cancelForeignRequests,
  denyAllPermissions,
  denyWindowOpen,
  hardenWebContents,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSender,
  secureWebPreferences,
} from '../../../src-main/app/security';

describe('window hardening', () => {
  it('isolates and sandboxes the renderer with no Node integration', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('accepts IPC only from the main frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://advocate-lab/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://advocate-lab/index.html#/overview', parent: null })).toBe(
      true,
    );
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other-host/index.html', parent: null })).toBe(false);
    // A frame inside the app's page is not the app.
    const top = { url: 'app://advocate-lab/index.html', parent: null };
    expect(isTrustedSender({ url: 'app://advocate-lab/index.html', parent: top as never })).toBe(
      false,
    );
  });

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation('app://advocate-lab/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com')).toBe(false);
    expect(isAllowedNavigation('file:///tmp/x.html')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  it('denies window.open and cancels navigation, redirects and webviews', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((details: never) => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: (details: never) => unknown) => {
        openHandler = handler;
      },
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => {
        listeners.set(name, listener);
        return contents;
      },
    };
    hardenWebContents(contents as never);
    expect(openHandler?.({ url: 'https://example.com' } as never)).toEqual({ action: 'deny' });
    expect(denyWindowOpen({} as never)).toEqual({ action: 'deny' });

    for (const name of ['will-navigate', 'will-redirect']) {
      const outside = { url: 'https://example.com', preventDefault: vi.fn() };
      listeners.get(name)?.(outside);
      expect(outside.preventDefault, name).toHaveBeenCalled();
      const inside = { url: 'app://advocate-lab/index.html', preventDefault: vi.fn() };
      listeners.get(name)?.(inside);
      expect(inside.preventDefault, name).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => {
        request = h;
      },
      setPermissionCheckHandler: (h: typeof check) => {
        check = h;
      },
      setDevicePermissionHandler: (h: typeof device) => {
        device = h;
      },
    } as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('DevTools and the network', () => {
  it('turns DevTools off unless asked for, as the packaged app never does', () => {
    expect(secureWebPreferences('/p.cjs').devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: false }).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it.each([
    ['app://advocate-lab/index.html', true, true],
    ['app://advocate-lab/assets/index-1a2b.js', true, true],
    ['data:image/png;base64,iVBORw0KGgo=', true, true],
    ['blob:app://advocate-lab/6f1c2d3e-0000-4000-8000-000000000000', true, true],
    ['devtools://devtools/bundled/devtools_app.html', false, true],
    ['https://example.com/', false, false],
    ['http://localhost:5173/', false, false],
    ['http://127.0.0.1/api', false, false],
    ['ws://example.com/socket', false, false],
    ['file:///etc/passwd', false, false],
    ['app://other-host/index.html', false, false],
    ['blob:https://example.com/6f1c2d3e', false, false],
    ['chrome-extension://abc/page.html', false, false],
  ])('%s: allowed when packaged %s, in development %s', (url, packaged, development) => {
    expect(isAllowedRequest(url, false)).toBe(packaged);
    expect(isAllowedRequest(url, true)).toBe(development);
  });

  it('cancels the refused requests at the session', () => {
    let filter:
      | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
      | undefined;
    cancelForeignRequests(
      { webRequest: { onBeforeRequest: ((f: typeof filter) => (filter = f)) as never } },
      false,
    );
    const answers: boolean[] = [];
    filter?.({ url: 'https://example.com/' }, (r) => answers.push(r.cancel));
    filter?.({ url: 'app://advocate-lab/index.html' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
  });
});
