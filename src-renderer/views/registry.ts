import { OverviewIcon } from '../icons/view-icons';
import { ImportIcon } from './import/import-icons';
import { ImportView } from './import/ImportView';
import { OverviewView } from './overview/OverviewView';
import type { ViewDefinition } from './view-definition';

/**
 * The views in navigation order; only built views are listed. Adding a view is one entry here, plus
 * its title in the translation tables. Ctrl/Cmd with the view's position (1–9) opens it.
 */
export const viewRegistry: readonly ViewDefinition[] = [
  {
    id: 'overview',
    title: (m) => m.views.overview,
    icon: OverviewIcon,
    component: OverviewView,
    menuCommand: 'navigate-overview',
  },
  {
    id: 'import',
    title: (m) => m.views.import,
    icon: ImportIcon,
    component: ImportView,
    menuCommand: 'import-files',
  },
];

export const defaultView = 'overview';

export const findView = (id: string): ViewDefinition | undefined =>
  viewRegistry.find((view) => view.id === id);
