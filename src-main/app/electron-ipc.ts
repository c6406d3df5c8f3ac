import { ipcMain, type WebContents } from 'electron';
import { channelNames, type EventName, type EventPayload } from '../../src-shared/ipc/contract';
import { fileHandOverChannel } from '../../src-shared/ipc/channel-names';
import type { Dispatch } from '../ipc/dispatch';
import { guardedDispatch } from './guarded-dispatch';

/**
 * The one place main touches ipcMain: one handler per contract channel, and the preload's own file
 * hand-over, all guarded.
 */
export function registerIpcHandlers(dispatch: Dispatch, fileHandOver: Dispatch): void {
  const guarded = guardedDispatch(dispatch);
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown) => guarded(event, channel, request));
  }
  const handOver = guardedDispatch(fileHandOver);
  ipcMain.handle(fileHandOverChannel, (event, request: unknown) =>
    handOver(event, fileHandOverChannel, request),
  );
}

export function sendEvent<E extends EventName>(
  contents: WebContents | undefined,
  event: E,
  payload: EventPayload<E>,
): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload);
}
