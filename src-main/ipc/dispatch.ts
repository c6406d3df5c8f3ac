import { contract, isChannel } from '../../src-shared/ipc/contract';
import type { AppError, Result } from '../../src-shared/result';
import type { AllHandlers } from './handlers';

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

/**
 * The one entry point for every request from a renderer, whichever transport carried it: the channel
 * must be in the contract and the request must pass its schema before any handler runs, and every
 * failure comes back as a value.
 */
export function createDispatch(handlers: AllHandlers): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: `Unknown request: ${String(channel)}` },
      };
    }
    const parsed = contract[channel].request.safeParse(request ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'request'}: ${i.message}`)
        .join('; ');
      return {
        ok: false,
        error: { code: 'invalid-request', message: `Invalid ${channel} request: ${issues}` },
      };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    }
  };
}

/** Keeps what the analyst needs (code, message, where in a file) and drops stacks and internals. */
export function toAppError(error: unknown): AppError {
  if (error instanceof Error) {
    const { code, location } = error as { code?: unknown; location?: AppError['location'] };
    return {
      code: typeof code === 'string' ? code : 'internal',
      message: error.message,
      ...(location ? { location } : {}),
    };
  }
  return { code: 'internal', message: String(error) };
}
