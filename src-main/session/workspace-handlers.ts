import type { workspaceChannels } from '../../src-shared/ipc/workspace-channels';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type WorkspaceChannel = keyof typeof workspaceChannels;

export function workspaceHandlers(session: Session): Handlers<WorkspaceChannel> {
  const path = () => session.current().path;
  return {
    'workspace:info': () => session.info(),
    'workspace:open': ({ path }) => session.open(path),
    'workspace:create': ({ path }) => session.open(path, true),
    'workspace:save-as': ({ path }) => session.saveAs(path),
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
