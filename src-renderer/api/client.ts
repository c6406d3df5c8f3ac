import { apiGlobalName, type AdvocateLabApi } from '../../src-shared/ipc/api';
import { createBridgeApi } from './bridge-api';

declare global {
  interface Window {
    [apiGlobalName]?: AdvocateLabApi;
  }
}

/** The preload's API in the desktop app; the loopback bridge in a browser. */
export const api: AdvocateLabApi = window[apiGlobalName] ?? createBridgeApi();
