import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  protocol,
  screen,
  session as electronSession,
} from 'electron';
import type { MenuCommand } from '../../src-shared/ipc/workspace-channels';
import { createDispatch } from '../ipc/dispatch';
import { registerIpcHandlers, sendEvent } from './electron-ipc';
import { allHandlers } from '../session/all-handlers';
import { AppStateStore } from '../session/app-state';
import { openStartupWorkspace } from '../session/startup-workspace';
import { Session } from '../session/session';
import { useNativeBinding } from '../store/native-binding';
import { APP_ENTRY_URL, APP_SCHEME } from './app-protocol';
import { menuTemplate } from './menu';
import { menuLabels } from './menu-labels';
import { chooseAndGrantImportFiles, fileHandOver, importDialogHandlers } from './import-dialogs';
import { appPaths } from './paths';
import { appProtocolResponse } from './protocol-handler';
import {
  cancelForeignRequests,
  denyAllPermissions,
  hardenWebContents,
  secureWebPreferences,
} from './security';
import { restoredBounds, windowMinimumSize } from './window-state';
import {
  chooseNewWorkspace,
  chooseWorkspaceToOpen,
  chooseSaveAsPath,
  workspaceDialogHandlers,
} from './workspace-dialogs';

// Must happen before the app is ready: app:// behaves like an https origin (storage, fetch, CSP).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const paths = appPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    mainDir: dirname(fileURLToPath(import.meta.url)),
  });
  useNativeBinding(paths.nativeBinding);
  denyAllPermissions(electronSession.defaultSession);
  cancelForeignRequests(electronSession.defaultSession, !app.isPackaged);
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(paths.renderer, request.url));

  const appState = new AppStateStore(paths.state);
  // Filled once the workspace is open; events before that have no window to go to.
  const main: { window?: BrowserWindow } = {};
  const session = new Session({
    workerLaunch: { script: paths.worker, workerData: { nativeBinding: paths.nativeBinding } },
    appState,
    emit: (event, payload) => {
      sendEvent(main.window?.webContents, event, payload);
      // The menu speaks the chosen language and lists the recent workspaces, whoever changed them.
      if (event === 'preferences:changed' || event === 'workspace:changed') rebuildMenu();
    },
    // The page names only workspaces picked in the system dialog, or recent ones to open.
    workspacePaths: 'chosen',
  });
  const dialogLabels = () => menuLabels(appState.read().preferences.language);
  const fileDialogs = {
    ...importDialogHandlers(() => main.window, dialogLabels, session.chosenFiles),
    ...workspaceDialogHandlers(() => main.window, dialogLabels, session),
  };
  registerIpcHandlers(
    createDispatch(allHandlers(session, fileDialogs)),
    fileHandOver(session.chosenFiles),
  );

  const rebuildMenu = () => {
    const state = appState.read();
    const labels = menuLabels(state.preferences.language);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(labels, state.recent, {
          command: (command) => void runMenuCommand(command),
          openRecent: (path) => void openWorkspace(path),
          about: () => app.showAboutPanel(),
        }),
      ),
    );
  };

  const showError = (title: string, error: unknown) =>
    void dialog.showMessageBox({ type: 'error', message: title, detail: (error as Error).message });

  const openWorkspace = async (path: string, create = false) => {
    try {
      session.open(path, create);
    } catch (error) {
      showError(menuLabels(appState.read().preferences.language).openFailed, error);
      appState.forgetWorkspace(path);
    }
    rebuildMenu();
  };

  const runMenuCommand = async (command: MenuCommand) => {
    const labels = menuLabels(appState.read().preferences.language);
    if (command === 'open-workspace') {
      const path = await chooseWorkspaceToOpen(main.window, labels);
      if (path) await openWorkspace(path);
    } else if (command === 'new-workspace') {
      const path = await chooseNewWorkspace(main.window, labels);
      if (path) await openWorkspace(path, true);
    } else if (command === 'save-workspace-as') {
      const path = await chooseSaveAsPath(main.window, labels, session.info().name);
      if (path) {
        try {
          session.saveAs(path);
        } catch (error) {
          showError(labels.openFailed, error);
        }
        rebuildMenu();
      }
    } else if (command === 'import-files') {
      const files = await chooseAndGrantImportFiles(main.window, labels, session.chosenFiles);
      if (files.length) sendEvent(main.window?.webContents, 'menu:command', { command, files });
    } else {
      sendEvent(main.window?.webContents, 'menu:command', { command });
    }
  };

  const warning = await openStartupWorkspace(session, {
    lastWorkspace: appState.read().lastWorkspace,
    defaultWorkspace: paths.defaultWorkspace,
    sampleDir: paths.sample,
  });
  const window = createWindow(appState, paths.preload);
  main.window = window;
  rebuildMenu();
  session.emit('preferences:changed', appState.read().preferences);
  if (warning)
    showError(menuLabels(appState.read().preferences.language).openFailed, new Error(warning));

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    void session.close().then(() => app.quit());
  });
}

function createWindow(appState: AppStateStore, preload: string): BrowserWindow {
  const saved = appState.read().window;
  const bounds = restoredBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    ...windowMinimumSize,
    show: false,
    title: 'Advocate Lab',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preload, { devTools: !app.isPackaged }),
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let saveTimer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (window.isDestroyed()) return;
      const normal = window.getNormalBounds();
      appState.setWindow({ ...normal, maximized: window.isMaximized() });
    }, 300);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', remember);
  window.on('close', () => {
    clearTimeout(saveTimer);
    appState.setWindow({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}
