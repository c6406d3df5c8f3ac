import { join } from 'node:path';

export interface AppPaths {
  preload: string;
  renderer: string;
  worker: string;
  nativeBinding: string;
  sample: string;
  defaultWorkspace: string;
  state: string;
}

/**
 * Where the built pieces are. Packaged, the Electron build of better-sqlite3 and the sample exports
 * are extra resources; in development they sit in the project folder (see scripts/electron-native.mjs).
 */
export function appPaths(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  userData: string;
  mainDir: string;
}): AppPaths {
  const { isPackaged, appPath, resourcesPath, userData, mainDir } = options;
  return {
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
    worker: join(mainDir, 'analysis-worker.js'),
    nativeBinding: isPackaged
      ? join(resourcesPath, 'native', 'better_sqlite3.node')
      : join(appPath, '.electron-native', 'better_sqlite3.node'),
    sample: isPackaged ? join(resourcesPath, 'sample') : join(appPath, 'resources', 'sample'),
    defaultWorkspace: join(userData, 'Sample workspace.sqlite'),
    state: join(userData, 'state.json'),
  };
}
