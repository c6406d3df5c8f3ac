import { viewCommand, type MenuCommand } from '../../src-shared/ipc/workspace-channels';
import { navigateTo } from '../shell/navigation';
import { useAppStore } from '../state/store';
import { viewRegistry } from '../views/registry';

/**
 * What the window does for a native menu command. Opening, creating and saving workspaces happen in
 * main's own dialogs; "Import files…" opens the Import view with the files main's dialog chose.
 */
export function runMenuCommand(command: MenuCommand, files: readonly string[] = []): void {
  const view = viewRegistry.find(
    (v) => viewCommand(v.id) === command || v.alsoOpenedBy === command,
  );
  if (view) navigateTo(view.id);
  const store = useAppStore.getState();
  if (command === 'import-files' && files.length > 0) store.stagePaths(files);
  else if (command === 'toggle-theme') void store.toggleTheme();
  else if (command === 'analyse') void store.startAnalysis();
  else if (command === 'find-account') store.findAccount();
}
