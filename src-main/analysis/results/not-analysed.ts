/** Results were asked for before the workspace was analysed: the view offers to run the analysis. */
export class NotAnalysedError extends Error {
  override readonly name = 'NotAnalysedError';
  readonly code = 'not-analysed';
  constructor() {
    super('The workspace has not been analysed yet. Run the analysis first.');
  }
}

/** An account id that the stored results do not know. */
export class UnknownAccountError extends Error {
  override readonly name = 'UnknownAccountError';
  readonly code = 'not-found';
  constructor(accountId: string) {
    super(`No analysed account has the id "${accountId}".`);
  }
}

/** The value, or the error that says the workspace has not been analysed. */
export function analysed<T>(value: T | null): T {
  if (value === null) throw new NotAnalysedError();
  return value;
}
