/** Thrown between the steps of a job once its caller asked to cancel it. */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
  readonly code = 'cancelled';
  constructor() {
    super('Cancelled.');
  }
}
