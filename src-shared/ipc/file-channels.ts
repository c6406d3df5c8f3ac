import { z } from 'zod';
import { channel } from './define';

/** The error code of a request the transport cannot serve, such as a system dialog in a browser. */
export const notAvailableCode = 'not-available';

/**
 * The error code of an import request naming a file the analyst did not hand over in this window
 * (through the system dialog, the page's file picker, or a drop), or of a workspace request naming a
 * file not chosen in the system dialog. Main reads no other file.
 */
export const notChosenCode = 'not-chosen';

/** What a workspace file is chosen for, which decides the dialog and what the choice allows. */
export const workspacePurposes = ['open', 'create', 'save-as'] as const;
export type WorkspacePurpose = (typeof workspacePurposes)[number];

/**
 * Files chosen through the system's own dialog, for the Import view: their paths, or an empty list
 * when the analyst cancelled. Only the desktop app has such a dialog; elsewhere the answer is an
 * error with the code `not-available`, and the view asks the page's own file picker instead.
 */
export const fileChannels = {
  'files:choose-import': channel(z.object({}).strict()).returns<string[]>(),
  /**
   * A workspace file chosen through the system's own dialog, to open, to create, or to save a copy
   * as: its path, or a null path when the analyst cancelled. The choice lets that one workspace channel use
   * that path once; in the desktop app the workspace channels take no other path, except a recent
   * workspace to open. Elsewhere the answer is `not-available`, as for import.
   */
  'files:choose-workspace': channel(
    z.object({ purpose: z.enum(workspacePurposes) }).strict(),
  ).returns<{ path: string | null }>(),
};

export type FileChannel = keyof typeof fileChannels;

/**
 * The one request the preload sends on its own behalf: the path Electron gave it for a file the
 * analyst dropped on the window or picked in the page, so that main lets the import channels read
 * that file. It is deliberately not part of the contract. The page's `invoke` refuses every channel
 * outside the contract, and with context isolation and the sandbox the page cannot reach Electron's
 * IPC itself; so only the preload sends this, and only with a path Electron named for a real `File`
 * the analyst handed over (a page cannot make a `File` that Electron gives a path to). Its name,
 * `fileHandOverChannel`, lives with the other names in `channel-names`; this is its request.
 */
export const fileHandOverRequest = z.object({ path: z.string().min(1).max(4096) }).strict();
