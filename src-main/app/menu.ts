import type { MenuItemConstructorOptions } from 'electron';
import { viewCommand, type MenuCommand } from '../../src-shared/ipc/workspace-channels';
import { appViews } from '../../src-shared/model/views';
import type { RecentWorkspace } from '../../src-shared/model/workspace';
import type { MenuLabels } from './menu-labels';

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  about(): void;
}

/**
 * The native menu as plain data, so its items and shortcuts are tested without Electron. The roles
 * give each platform its standard Edit, View and Window behaviour.
 */
export function menuTemplate(
  labels: MenuLabels,
  recent: readonly RecentWorkspace[],
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((r) => ({
        label: r.name,
        sublabel: r.path,
        click: () => actions.openRecent(r.path),
      }))
    : [{ label: labels.noRecent, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        {
          label: labels.newWorkspace,
          accelerator: 'CmdOrCtrl+N',
          click: () => actions.command('new-workspace'),
        },
        {
          label: labels.openWorkspace,
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.command('open-workspace'),
        },
        { label: labels.openRecent, submenu: recentItems },
        { type: 'separator' },
        {
          label: labels.saveAs,
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => actions.command('save-workspace-as'),
        },
        { type: 'separator' },
        {
          label: labels.importFiles,
          accelerator: 'CmdOrCtrl+I',
          click: () => actions.command('import-files'),
        },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: labels.view,
      submenu: [
        ...appViews.map((v): MenuItemConstructorOptions => ({
          label: labels.views[v.id],
          accelerator: `CmdOrCtrl+${v.key}`,
          click: () => actions.command(viewCommand(v.id)),
        })),
        { type: 'separator' },
        {
          label: labels.toggleTheme,
          accelerator: 'CmdOrCtrl+Shift+L',
          click: () => actions.command('toggle-theme'),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: labels.analysis,
      submenu: [
        {
          label: labels.analyse,
          accelerator: 'CmdOrCtrl+R',
          click: () => actions.command('analyse'),
        },
        {
          label: labels.findAccount,
          accelerator: 'CmdOrCtrl+K',
          click: () => actions.command('find-account'),
        },
      ],
    },
    { role: 'windowMenu' },
    {
      label: labels.help,
      role: 'help',
      submenu: [{ label: labels.about, click: () => actions.about() }],
    },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
