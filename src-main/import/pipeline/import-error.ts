import type { ImportProblemCode, ProblemParams } from '../../../src-shared/model/import';

/**
 * A file that cannot be imported at all (undecodable bytes, no header, no key column, a wrong kind).
 * The message is written for the analyst and names the file; nothing was written to the workspace.
 * The code and params let the Import view word it in the analyst's language.
 */
export class ImportFatalError extends Error {
  override readonly name = 'ImportFatalError';
  constructor(
    readonly code: ImportProblemCode | 'already-undone' | 'not-undoable' | 'blocked',
    message: string,
    readonly location: { file?: string; line?: number; column?: string } = {},
    readonly params: ProblemParams = {},
  ) {
    super(message);
  }
}
