import type {
  Event as ElectronEvent,
  HandlerDetails,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WebFrameMain,
  WebPreferences,
} from 'electron';
import { APP_ORIGIN, isAppUrl } from './app-protocol';

/**
 * Electron hardening (DESIGN section 10). Everything here is plain functions over the objects Electron
 * passes in, so the rules are tested without the Electron binary.
 */

/**
 * DevTools only where the app is not packaged: in an installed app they would hand anyone at the
 * keyboard a console with the renderer's full access to the services.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean } = { devTools: false },
): WebPreferences {
  return {
    preload: preloadPath,
    devTools: options.devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Only the app's own main frame may call the services. */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** Navigation away from the app, and new windows, are refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export const denyWindowOpen = (_details: HandlerDetails): { action: 'deny' } => ({
  action: 'deny',
});

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event: ElectronEvent<WebContentsWillNavigateEventParams>) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: ElectronEvent<WebContentsWillNavigateEventParams>) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: ElectronEvent) => event.preventDefault());
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>;

/** The app needs no camera, microphone, notifications, geolocation, MIDI, USB or anything else. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/**
 * Whether the session lets a request through: the app's own protocol, the data and blob URLs of its
 * own page (images the CSP allows), and in development the DevTools' own pages. Everything else,
 * the network above all, is cancelled, so that "nothing from the network" does not rest on the
 * Content Security Policy alone.
 */
export function isAllowedRequest(url: string, devTools: boolean): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return true;
  return devTools && url.startsWith('devtools://');
}

type RequestSession = { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Cancels at the session every request `isAllowedRequest` refuses. */
export function cancelForeignRequests(session: RequestSession, devTools: boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devTools) });
  });
}
