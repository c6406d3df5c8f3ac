import type { WebFrameMain } from 'electron';
import type { Result } from '../../src-shared/result';
import { isTrustedSender } from './security';
import type { Dispatch } from '../ipc/dispatch';

export interface InvokeEvent {
  senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
}

/** Every IPC request passes here: the sender frame is checked before the request is even parsed. */
export function guardedDispatch(dispatch: Dispatch) {
  return (event: InvokeEvent, channel: string, request: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'untrusted-sender',
          message: 'Requests are accepted only from the application window.',
        },
      });
    }
    return dispatch(channel, request);
  };
}
