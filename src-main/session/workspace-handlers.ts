import type { WorkspacePurpose } from '../../src-shared/ipc/file-channels';
import type { workspaceChannels } from '../../src-shared/ipc/workspace-channels';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type WorkspaceChannel = keyof typeof workspaceChannels;

export function workspaceHandlers(session: Session): Handlers<WorkspaceChannel> {
  const path = () => session.current().path;
  // In the desktop app a page names only workspaces the analyst chose; checked before any file is
  // touched. The web harness has no system dialog, so there the typed path is taken as it is.
  const admit = async (purpose: WorkspacePurpose, target: string) => {
    if (session.workspacePaths === 'typed') return;
    const recent = session.appState.read().recent.map((item) => item.path);
    await session.chosenWorkspaces.admit(purpose, target, recent);
  };
  return {
    'workspace:info': () => session.info(),
    'workspace:open': async ({ path }) => {
      await admit('open', path);
      return session.open(path);
    },
    'workspace:create': async ({ path }) => {
      await admit('create', path);
      return session.open(path, true);
    },
    'workspace:save-as': async ({ path }) => {
      await admit('save-as', path);
      return session.saveAs(path);
    },
    'workspace:recent': () => session.appState.read().recent,
    'overview:key-figures': () => session.runJob('key-figures', { path: path() }),
    'overview:coverage': ({ jobId }) => session.runJob('coverage', { path: path() }, jobId),
    'preferences:get': () => session.appState.read().preferences,
    'preferences:set': (change) => {
      const preferences = session.appState.setPreferences({
        ...(change.language ? { language: change.language } : {}),
        ...(change.theme ? { theme: change.theme } : {}),
      });
      session.emit('preferences:changed', preferences);
      return preferences;
    },
    'job:cancel': ({ jobId }) => ({ cancelled: session.cancel(jobId) }),
  };
}
