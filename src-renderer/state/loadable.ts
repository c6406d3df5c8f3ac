import type { AppError } from '../../src-shared/result';

/** Data fetched from main, in whichever state the request is in; views render each state. */
export type Loadable<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'cancelled' }
  | { state: 'error'; error: AppError };

export const idle: Loadable<never> = { state: 'idle' };
export const loading: Loadable<never> = { state: 'loading' };
export const ready = <T>(value: T): Loadable<T> => ({ state: 'ready', value });
export const failed = (error: AppError): Loadable<never> => ({ state: 'error', error });
