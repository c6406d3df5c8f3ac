import type { z } from 'zod';

/** One request/response channel: the request is validated at runtime, the response is typed. */
export interface ChannelSpec<Req extends z.ZodType, Res> {
  request: Req;
  /** Carries the response type only; never read at runtime. */
  response?: Res;
}

export const channel = <Req extends z.ZodType>(request: Req) => ({
  returns: <Res>(): ChannelSpec<Req, Res> => ({ request }),
});

/** One event from main to the renderer, with its payload type. */
export interface EventSpec<Payload> {
  payload?: Payload;
}

export const event = <Payload>(): EventSpec<Payload> => ({});
