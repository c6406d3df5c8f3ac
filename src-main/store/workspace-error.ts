export type WorkspaceErrorCode =
  | 'not-found'
  | 'not-a-workspace'
  | 'corrupted'
  | 'too-new'
  | 'out-of-sync'
  | 'migration-failed'
  | 'read-only';

/** A workspace that cannot be opened, with a message written for the analyst. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
