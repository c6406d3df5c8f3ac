import type { MenuCommand } from '../../src-shared/ipc/workspace-channels';
import { navigateTo } from '../shell/navigation';
import { useAppStore } from '../state/store';
import { viewRegistry } from '../views/registry';

/**
 * What the window does for a native menu command. Opening, creating and saving workspaces happen in
 * main's own dialogs; a command without a built view yet, such as importing, does nothing here.
 */
export function runMenuCommand(command: MenuCommand): void {
  const view = viewRegistry.find((v) => v.menuCommand === command);
  if (view) navigateTo(view.id);
  else if (command === 'toggle-theme') void useAppStore.getState().toggleTheme();
}
