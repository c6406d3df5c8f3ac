import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: never[]) => unknown;

/**
 * A recording stand-in for the parts of Electron the main process uses, so the shell's wiring
 * (window options, protocol, permissions, IPC, menu, window state) is tested where Electron's binary
 * cannot run.
 */
export function createFakeElectron(paths: { appPath: string; userData: string }) {
  const record = {
    privilegedSchemes: [] as unknown[],
    sandboxEnabled: false,
    singleInstanceRequested: false,
    appListeners: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
    permission: {} as Record<string, Listener>,
    /** The session's filter of every request, once the shell installs it. */
    requestFilter: undefined as Listener | undefined,
    windows: [] as FakeWindow[],
    menuTemplate: undefined as MenuItemConstructorOptions[] | undefined,
    /** What the next system "open" dialog answers: the files the analyst picks there. */
    openDialogPicks: [] as string[],
    /** What the next system "save" dialog answers: the file the analyst names there, if any. */
    saveDialogPick: undefined as string | undefined,
  };

  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    loadedUrl: string | undefined;
    readonly sent: [string, unknown][] = [];
    readonly webContents = {
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
      isDestroyed: () => false,
    };
    constructor(readonly options: Record<string, unknown>) {
      record.windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    emit(name: string) {
      for (const listener of this.listeners.get(name) ?? []) (listener as () => void)();
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 60, width: 1300, height: 820 };
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => {
        record.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => {
        record.singleInstanceRequested = true;
        return true;
      },
      on: (name: string, listener: Listener) => record.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      getAppPath: () => paths.appPath,
      getPath: () => paths.userData,
      quit: () => {},
      showAboutPanel: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (record.permission.request = h),
        setPermissionCheckHandler: (h: Listener) => (record.permission.check = h),
        setDevicePermissionHandler: (h: Listener) => (record.permission.device = h),
        webRequest: { onBeforeRequest: (h: Listener) => (record.requestFilter = h) },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) =>
        record.ipcHandlers.set(channel, handler),
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        record.menuTemplate = template;
        return template;
      },
      setApplicationMenu: () => {},
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () =>
        Promise.resolve({
          canceled: record.openDialogPicks.length === 0,
          filePaths: record.openDialogPicks,
        }),
      showSaveDialog: () =>
        Promise.resolve({
          canceled: record.saveDialogPick === undefined,
          filePath: record.saveDialogPick ?? '',
        }),
    },
  };
  return { electron, record };
}
