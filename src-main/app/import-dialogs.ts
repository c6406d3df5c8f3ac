import type { BrowserWindow } from 'electron';
import { fileHandOverRequest } from '../../src-shared/ipc/file-channels';
import { toAppError, type Dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';
import type { ChosenFiles } from '../session/chosen-files';
import type { MenuLabels } from './menu-labels';
import { chooseImportFiles } from './workspace-dialogs';

/**
 * The system's own "choose files" dialog for import, attached to the app's window and in the language
 * of its menu. Only paths the analyst picked come back, cancelling gives none, and each one picked
 * becomes a file the import channels may read.
 */
export async function chooseAndGrantImportFiles(
  window: BrowserWindow | undefined,
  labels: MenuLabels,
  chosen: ChosenFiles,
): Promise<string[]> {
  const files = await chooseImportFiles(window, labels);
  for (const file of files) await chosen.grant(file);
  return files;
}

/** The Import view's "Choose files…", through the system's dialog. */
export function importDialogHandlers(
  window: () => BrowserWindow | undefined,
  labels: () => MenuLabels,
  chosen: ChosenFiles,
): Handlers<'files:choose-import'> {
  return {
    'files:choose-import': () => chooseAndGrantImportFiles(window(), labels(), chosen),
  };
}

/**
 * The preload's hand-over of a file the analyst dropped on the window or picked in the page (see
 * `fileHandOverChannel`): the file becomes one the import channels may read, and its path comes
 * back for the view to stage. It answers to that one channel only.
 */
export function fileHandOver(chosen: ChosenFiles): Dispatch {
  return async (_channel, request) => {
    const parsed = fileHandOverRequest.safeParse(request);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-request', message: 'Invalid file hand-over.' } };
    }
    try {
      await chosen.grant(parsed.data.path);
      return { ok: true, value: parsed.data.path };
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    }
  };
}
