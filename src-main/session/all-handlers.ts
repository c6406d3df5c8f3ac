import type { AllHandlers } from '../ipc/handlers';
import type { Session } from './session';
import { workspaceHandlers } from './workspace-handlers';

/** Every channel's handler, for whichever transport serves the renderer. */
export function allHandlers(session: Session): AllHandlers {
  return {
    ...workspaceHandlers(session),
  };
}
