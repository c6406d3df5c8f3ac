import type { Result } from '../result';
import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from './contract';

/**
 * What the renderer sees: the preload exposes exactly this object, and the web harness provides the
 * same shape over its loopback bridge.
 */
export interface AdvocateLabApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The global name the preload exposes the API under. */
export const apiGlobalName = 'advocateLab';
