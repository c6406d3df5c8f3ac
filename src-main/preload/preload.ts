import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { apiGlobalName, fileHandOverErrors, type AdvocateLabApi } from '../../src-shared/ipc/api';
import {
  fileHandOverChannel,
  isChannelName,
  isEventNameOf,
} from '../../src-shared/ipc/channel-names';
import type { Result } from '../../src-shared/result';

/**
 * The only thing the renderer gets from the preload: the typed contract, and nothing of Electron or
 * Node. Channels and events outside the contract are refused here as well as in main.
 */
const api = {
  invoke(channel, request) {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: String(channel) },
      });
    }
    return ipcRenderer.invoke(channel, request) as Promise<Result<never>>;
  },
  on(event, listener) {
    if (!isEventNameOf(event)) return () => {};
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
  pathForFile(file) {
    // Electron names only a File the analyst dropped or picked; anything else has no path. The page
    // cannot send the hand-over itself (`invoke` refuses it above), so main lets the import channels
    // read exactly the files Electron named here.
    let path: string;
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      path = '';
    }
    if (!path) {
      return Promise.resolve({
        ok: false,
        error: { code: fileHandOverErrors.notOnDisk, message: 'The file is not on disk.' },
      });
    }
    return ipcRenderer.invoke(fileHandOverChannel, { path }) as Promise<Result<string>>;
  },
} satisfies AdvocateLabApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
