import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
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
