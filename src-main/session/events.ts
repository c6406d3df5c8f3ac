import type { EventName, EventPayload } from '../../src-shared/ipc/contract';

/** Where main's events go: the window in Electron, the event stream in the web harness, nowhere in the CLI. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export const discardEvents: EventSink = () => {};
