import { ipcMain, type WebContents } from 'electron';
import { channelNames, type EventName, type EventPayload } from '../../src-shared/ipc/contract';
import type { Dispatch } from './dispatch';
import { guardedDispatch } from './guarded-dispatch';

/** The one place main touches ipcMain: one handler per contract channel, all guarded. */
export function registerIpcHandlers(dispatch: Dispatch): void {
  const guarded = guardedDispatch(dispatch);
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown) => guarded(event, channel, request));
  }
}

export function sendEvent<E extends EventName>(
  contents: WebContents | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload);
}
