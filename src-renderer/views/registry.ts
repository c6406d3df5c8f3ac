import { viewIds, type ViewId } from '../../src-shared/model/views';
import {
  AdvocatesIcon,
  AffiliatesIcon,
  AtRiskIcon,
  CaseStudiesIcon,
  ChannelsIcon,
  CustomerIcon,
  GoalsIcon,
  OverviewIcon,
  SettingsIcon,
} from '../icons/view-icons';
import { AdvocatesView } from './advocates/AdvocatesView';
import { AffiliatesView } from './affiliates/AffiliatesView';
import { AtRiskView } from './at-risk/AtRiskView';
import { CaseStudiesView } from './case-studies/CaseStudiesView';
import { ChannelsView } from './channels/ChannelsView';
import { Customer360View } from './customer-360/Customer360View';
import { GoalsView } from './goals/GoalsView';
import { ImportIcon } from './import/import-icons';
import { ImportView } from './import/ImportView';
import { OverviewView } from './overview/OverviewView';
import { SettingsView } from './settings/SettingsView';
import type { ViewDefinition } from './view-definition';

const built: ViewDefinition[] = [
  {
    id: 'overview',
    title: (m) => m.views.overview,
    icon: OverviewIcon,
    component: OverviewView,
  },
  {
    id: 'import',
    title: (m) => m.views.import,
    icon: ImportIcon,
    component: ImportView,
    alsoOpenedBy: 'import-files',
  },
  {
    id: 'advocates',
    title: (m) => m.views.advocates,
    icon: AdvocatesIcon,
    component: AdvocatesView,
  },
  {
    id: 'case-studies',
    title: (m) => m.views['case-studies'],
    icon: CaseStudiesIcon,
    component: CaseStudiesView,
  },
  {
    id: 'customer-360',
    title: (m) => m.views['customer-360'],
    icon: CustomerIcon,
    component: Customer360View,
  },
  {
    id: 'channels',
    title: (m) => m.views.channels,
    icon: ChannelsIcon,
    component: ChannelsView,
  },
  {
    id: 'affiliates',
    title: (m) => m.views.affiliates,
    icon: AffiliatesIcon,
    component: AffiliatesView,
  },
  {
    id: 'at-risk',
    title: (m) => m.views['at-risk'],
    icon: AtRiskIcon,
    component: AtRiskView,
  },
  {
    id: 'goals',
    title: (m) => m.views.goals,
    icon: GoalsIcon,
    component: GoalsView,
  },
  {
    id: 'settings',
    title: (m) => m.views.settings,
    icon: SettingsIcon,
    component: SettingsView,
  },
];

/**
 * The built views in navigation order (`appViews`, which also gives each its shortcut key). Adding
 * a view is one entry above, plus its title in the translation tables.
 */
export const viewRegistry: readonly ViewDefinition[] = [...built].sort(
  (a, b) => viewIds.indexOf(a.id) - viewIds.indexOf(b.id),
);

export const builtViews: readonly ViewId[] = viewRegistry.map((v) => v.id);

export const defaultView: ViewId = 'overview';

export const findView = (id: string): ViewDefinition | undefined =>
  viewRegistry.find((view) => view.id === id);
