/** Wrong use of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Bad input (a file, a workspace, a value): exit code 1, with a message that says what and where. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export const exitCodes = { ok: 0, badInput: 1, usage: 2 } as const;
