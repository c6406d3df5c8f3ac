import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { notChosenCode, type WorkspacePurpose } from '../../src-shared/ipc/file-channels';

/**
 * Which paths the workspace channels take from the renderer. `chosen`, in the desktop app: only a
 * file the analyst picked in the system dialog for that purpose, or a recent workspace to open.
 * `typed`, in the web harness, which has no system dialogs: any path the page sends.
 */
export type WorkspacePaths = 'chosen' | 'typed';

const actions: Record<WorkspacePurpose, string> = {
  open: 'open',
  create: 'create',
  'save-as': 'save a copy as',
};

/** A workspace request named a file the analyst did not choose in this window for that purpose. */
export class WorkspaceNotChosenError extends Error {
  override readonly name = 'WorkspaceNotChosenError';
  readonly code = notChosenCode;
  readonly location: { file: string };

  constructor(purpose: WorkspacePurpose, path: string) {
    const file = basename(path) || path;
    super(
      `${file} was not chosen in this window to ${actions[purpose]}; choose it in the system dialog.`,
    );
    this.location = { file };
  }
}

/**
 * The workspace files the analyst picked in the system dialog, each for what it was picked for. A
 * page can then open, create or overwrite no other file, whatever path it sends. A choice is used
 * once: the request it was made for consumes it, whether or not that request succeeds.
 *
 * Files are compared by the path the system would open, so `..` and symlinks reach nothing new. A
 * file to be created does not exist yet; its folder is resolved instead.
 */
export class ChosenWorkspaces {
  private readonly granted = new Map<string, Set<WorkspacePurpose>>();

  /** Lets one request for `purpose` use this file. `path` is absolute, as the dialog gives it. */
  async grant(purpose: WorkspacePurpose, path: string): Promise<void> {
    if (!isAbsolute(path)) throw new TypeError('A chosen workspace is named by its absolute path.');
    const canonical = await systemPath(path);
    const purposes = this.granted.get(canonical) ?? new Set();
    purposes.add(purpose);
    this.granted.set(canonical, purposes);
  }

  /**
   * Checks a path the renderer sent before anything touches the disk: a chosen file (the choice is
   * then used up), or for `open` a recent workspace. Anything else is refused with the same error,
   * whether or not the file exists.
   */
  async admit(purpose: WorkspacePurpose, path: string, recent: readonly string[]): Promise<void> {
    if (!isAbsolute(path)) throw new WorkspaceNotChosenError(purpose, path);
    const canonical = await systemPath(path);
    const purposes = this.granted.get(canonical);
    if (purposes?.delete(purpose)) {
      if (purposes.size === 0) this.granted.delete(canonical);
      return;
    }
    if (purpose === 'open') {
      for (const known of recent) {
        if (isAbsolute(known) && (await systemPath(known)) === canonical) return;
      }
    }
    throw new WorkspaceNotChosenError(purpose, path);
  }
}

/**
 * The path as the system resolves it: the file's own real path when it exists, else its folder's
 * real path and its name (a file about to be created), else the path made absolute.
 */
async function systemPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
