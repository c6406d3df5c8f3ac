import type { Channel, ParsedRequestOf, ResponseOf } from '../../src-shared/ipc/contract';

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

/** Handlers for a subset of the channels; each domain supplies its own. */
export type Handlers<C extends Channel> = { [K in C]: Handler<K> };

export type AllHandlers = Handlers<Channel>;
