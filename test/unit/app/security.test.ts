import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  denyWindowOpen,
  hardenWebContents,
  isAllowedNavigation,
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
