import { realpath } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { notChosenCode } from '../../src-shared/ipc/file-channels';

/** An import request named a file the analyst did not hand over in this window. */
export class FileNotChosenError extends Error {
  override readonly name = 'FileNotChosenError';
  readonly code = notChosenCode;
  readonly location: { file: string };

  constructor(path: string) {
    const file = basename(path) || path;
    super(
      `${file} was not chosen in this window; choose it with “Choose files…” or drop it on the window.`,
    );
    this.location = { file };
  }
}

/** A chosen file that is no longer where it was chosen (moved or deleted since). */
export class ChosenFileGoneError extends Error {
  override readonly name = 'ChosenFileGoneError';
  readonly code = 'not-found';
  readonly location: { file: string };

  constructor(path: string) {
    const file = basename(path);
    super(`${file} is no longer where it was chosen; choose it again.`);
    this.location = { file };
  }
}

/**
 * The files the analyst handed over to this window for import: picked in the system dialog, dropped
 * on the window or picked in the page, or uploaded to the web harness. The import channels read these
 * files and no others, whatever path the renderer sends, so a compromised page cannot make main read
 * the analyst's other files.
 *
 * Files are compared by canonical path (absolute, every symlink and `..` resolved, as the system
 * would open it), so `chosen/../secret` or a link next to a chosen file reaches nothing new. A grant
 * is for one file, never for the folder it is in.
 */
export class ChosenFiles {
  /** The canonical paths of the chosen files. */
  private readonly canonical = new Set<string>();
  /**
   * The same files' absolute paths as they were handed over. Consulted only when a path no longer
   * resolves, so a chosen file that was moved since is told apart from one never chosen.
   */
  private readonly handedOver = new Set<string>();

  /** Lets the import channels read this file. `path` must be absolute, as every source gives it. */
  async grant(path: string): Promise<void> {
    if (!isAbsolute(path)) throw new TypeError('A chosen file is named by its absolute path.');
    this.handedOver.add(resolve(path));
    const canonical = await canonicalPath(path);
    if (canonical !== null) this.canonical.add(canonical);
  }

  /**
   * The canonical path to read for a path the renderer sent, checked before anything is read. A path
   * that was not chosen is refused with the same error whether or not it exists, so the refusal
   * tells a page nothing about the analyst's disk.
   */
  async readablePath(path: string): Promise<string> {
    if (!isAbsolute(path)) throw new FileNotChosenError(path);
    const canonical = await canonicalPath(path);
    if (canonical !== null && this.canonical.has(canonical)) return canonical;
    if (canonical === null && this.handedOver.has(resolve(path))) {
      throw new ChosenFileGoneError(path);
    }
    throw new FileNotChosenError(path);
  }

  /** Forgets every chosen file, as when the window moves on to another workspace. */
  clear(): void {
    this.canonical.clear();
    this.handedOver.clear();
  }
}

/**
 * The path as the system resolves it, or null when it cannot be resolved (gone, unreadable). `..` is
 * left for the system: after a symlink it leads out of the link's target, not back to the folder the
 * link is in, so normalising the text first would name a different file than the one opened.
 */
async function canonicalPath(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}
