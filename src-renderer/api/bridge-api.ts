import { fileHandOverErrors, type AdvocateLabApi } from '../../src-shared/ipc/api';
import type { EventName } from '../../src-shared/ipc/contract';
import type { Result } from '../../src-shared/result';

const TOKEN_KEY = 'advocate-lab-token';

/**
 * The same API as the preload's, over the web harness's loopback bridge. The token arrives once in
 * the page address; it is kept for the tab and removed from the address bar.
 */
export function createBridgeApi(): AdvocateLabApi {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`,
    );
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;

  const connect = () => {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  };

  return {
    async invoke(channel, request) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-advocate-lab-token': token },
          body: JSON.stringify({ channel, request }),
        });
        if (!response.ok) {
          return { ok: false, error: { code: 'bridge', message: await response.text() } };
        }
        return (await response.json()) as Result<never>;
      } catch (error) {
        return { ok: false, error: { code: 'bridge', message: (error as Error).message } };
      }
    },
    async pathForFile(file) {
      // The bridge streams the bytes into its session's private folder, lets the import channels
      // read that copy, and answers with its path.
      try {
        const response = await fetch('/api/upload', {
          method: 'POST',
          headers: {
            'content-type': 'application/octet-stream',
            'x-advocate-lab-token': token,
            'x-advocate-lab-file-name': encodeURIComponent(file.name),
          },
          body: file,
        });
        if (!response.ok) {
          const code = response.status === 413 ? fileHandOverErrors.tooLarge : 'bridge';
          return { ok: false, error: { code, message: await response.text() } };
        }
        return (await response.json()) as Result<string>;
      } catch (error) {
        return { ok: false, error: { code: 'bridge', message: (error as Error).message } };
      }
    },
    on(event, listener) {
      connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
