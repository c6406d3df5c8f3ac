import type { BrowserWindow } from 'electron';
import type { FileChannel } from '../../src-shared/ipc/file-channels';
import type { Handlers } from '../ipc/handlers';
import type { MenuLabels } from './menu-labels';
import { chooseImportFiles } from './workspace-dialogs';

/**
 * The system's own "choose files" dialog for the Import view, attached to the app's window and in
 * the language of its menu. Only paths the analyst picked come back; cancelling gives none.
 */
export function importDialogHandlers(
  window: () => BrowserWindow | undefined,
  labels: () => MenuLabels,
): Handlers<FileChannel> {
  return {
    'files:choose-import': () => chooseImportFiles(window(), labels()),
  };
}
