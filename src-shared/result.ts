/** Errors cross process boundaries as values so the UI can show them. */
export interface AppError {
  code: string;
  message: string;
  /** Where in an input file the problem is, when it is about a file. */
  location?: { file?: string; line?: number; column?: string };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
