/**
 * A file that cannot be imported at all (undecodable bytes, no header, no key column, a wrong kind).
 * The message is written for the analyst and names the file; nothing was written to the workspace.
 */
export class ImportFatalError extends Error {
  override readonly name = 'ImportFatalError';
  constructor(
    readonly code: string,
    message: string,
    readonly location: { file?: string; line?: number; column?: string } = {},
  ) {
    super(message);
  }
}
