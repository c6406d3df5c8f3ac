import { create, type StateCreator } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import { createImportHistorySlice, type ImportHistorySlice } from './import-history-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createJobsSlice, type JobsSlice } from './jobs-slice';
import { createListViewsSlice, type ListViewsSlice } from './list-views-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createOverviewSlice, type OverviewSlice } from './overview-slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice';
import { createShellSlice, type ShellSlice } from './shell-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

/** The renderer's one store, made of a slice per domain; read it through selectors. */
export type AppStore = ShellSlice &
  WorkspaceSlice &
  PreferencesSlice &
  NavigationSlice &
  OverviewSlice &
  ImportSlice &
  ImportHistorySlice &
  JobsSlice &
  AnalysisSlice &
  ListViewsSlice;

/** How each slice is written: it sees the whole store, and owns only its own part. */
export type SliceCreator<Slice> = StateCreator<AppStore, [], [], Slice>;

export const useAppStore = create<AppStore>()((...args) => ({
  ...createShellSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createPreferencesSlice(...args),
  ...createNavigationSlice(...args),
  ...createOverviewSlice(...args),
  ...createImportSlice(...args),
  ...createImportHistorySlice(...args),
  ...createJobsSlice(...args),
  ...createAnalysisSlice(...args),
  ...createListViewsSlice(...args),
}));
