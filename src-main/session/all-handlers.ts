import type { FileChannel } from '../../src-shared/ipc/file-channels';
import type { AllHandlers, Handlers } from '../ipc/handlers';
import { noFileDialogs } from './no-file-dialogs';
import { accountHandlers } from './account-handlers';
import { analysisHandlers } from './analysis-handlers';
import { goalHandlers } from './goal-handlers';
import { importHandlers } from './import-handlers';
import { listHandlers } from './list-handlers';
import type { Session } from './session';
import { workspaceHandlers } from './workspace-handlers';

/**
 * Every channel's handler, for whichever transport serves the renderer. System dialogs exist only in
 * the desktop app, which passes its own; everywhere else their channels answer `not-available`.
 */
export function allHandlers(
  session: Session,
  fileDialogs: Handlers<FileChannel> = noFileDialogs,
): AllHandlers {
  return {
    ...workspaceHandlers(session),
    ...analysisHandlers(session),
    ...importHandlers(session),
    ...listHandlers(session),
    ...goalHandlers(session),
    ...fileDialogs,
    ...accountHandlers(session),
  };
}
