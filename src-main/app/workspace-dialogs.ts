import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { WorkspacePurpose } from '../../src-shared/ipc/file-channels';
import type { Handlers } from '../ipc/handlers';
import type { Session } from '../session/session';
import type { MenuLabels } from './menu-labels';

const workspaceFilter = (labels: MenuLabels) => [
  { name: labels.workspaceFilter, extensions: ['sqlite', 'db'] },
];

async function open(
  window: BrowserWindow | undefined,
  options: OpenDialogOptions,
): Promise<string[]> {
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

async function save(
  window: BrowserWindow | undefined,
  options: SaveDialogOptions,
): Promise<string | undefined> {
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? undefined : result.filePath;
}

export const chooseWorkspaceToOpen = async (
  window: BrowserWindow | undefined,
  labels: MenuLabels,
) => (await open(window, { properties: ['openFile'], filters: workspaceFilter(labels) }))[0];

export const chooseNewWorkspace = (window: BrowserWindow | undefined, labels: MenuLabels) =>
  save(window, { defaultPath: 'Workspace.sqlite', filters: workspaceFilter(labels) });

export const chooseSaveAsPath = (
  window: BrowserWindow | undefined,
  labels: MenuLabels,
  current: string,
) =>
  save(window, {
    defaultPath: current.replace(/\.sqlite$/, '') + ' copy.sqlite',
    filters: workspaceFilter(labels),
  });

export const chooseImportFiles = (window: BrowserWindow | undefined, labels: MenuLabels) =>
  open(window, {
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: labels.csvFilter, extensions: ['csv', 'tsv', 'txt'] }],
  });

/** The system dialog for a workspace file, as the menu shows it for the same purpose. */
export const chooseWorkspaceFile = (
  window: BrowserWindow | undefined,
  labels: MenuLabels,
  purpose: WorkspacePurpose,
  current: string,
): Promise<string | undefined> =>
  purpose === 'open'
    ? chooseWorkspaceToOpen(window, labels)
    : purpose === 'create'
      ? chooseNewWorkspace(window, labels)
      : chooseSaveAsPath(window, labels, current);

/**
 * The workspace dialog's "Open…", "New…" and "Save As…", through the system's dialog. The file the
 * analyst picks may then be used once for that purpose by the workspace channels, which take no
 * other path from the page; cancelling gives no path.
 */
export function workspaceDialogHandlers(
  window: () => BrowserWindow | undefined,
  labels: () => MenuLabels,
  session: Session,
): Handlers<'files:choose-workspace'> {
  return {
    'files:choose-workspace': async ({ purpose }) => {
      const path = await chooseWorkspaceFile(window(), labels(), purpose, session.info().name);
      if (!path) return { path: null };
      await session.chosenWorkspaces.grant(purpose, path);
      return { path };
    },
  };
}
