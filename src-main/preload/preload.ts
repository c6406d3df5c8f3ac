import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiGlobalName, type AdvocateLabApi } from '../../src-shared/ipc/api';
import { isChannel, isEventName } from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/result';

/**
 * The only thing the renderer gets from the preload: the typed contract, and nothing of Electron or
 * Node. Channels and events outside the contract are refused here as well as in main.
 */
const api = {
  invoke(channel, request) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: String(channel) },
      });
    }
    return ipcRenderer.invoke(channel, request) as Promise<Result<never>>;
  },
  on(event, listener) {
    if (!isEventName(event)) return () => {};
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
} satisfies AdvocateLabApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
