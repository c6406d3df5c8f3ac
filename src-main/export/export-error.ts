export type ExportErrorCode =
  | 'too-many-rows'
  | 'too-many-columns'
  | 'target-is-workspace'
  | 'target-is-database'
  | 'target-exists'
  | 'target-is-folder'
  | 'no-folder'
  | 'cannot-write';

/** An export that cannot be written as asked, with a message that says why and what to do. */
export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
