import type { RecentWorkspace, WorkspaceInfo } from '../../src-shared/model/workspace';
import type { Result } from '../../src-shared/result';
import { api } from '../api/client';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/** The open workspace file and the recently used ones. */
export interface WorkspaceSlice {
  workspace: Loadable<WorkspaceInfo>;
  recent: RecentWorkspace[];
  loadWorkspace(): Promise<void>;
  loadRecent(): Promise<void>;
  /** Opens an existing workspace, or creates a new one, at a path on this computer. */
  openWorkspace(path: string, create: boolean): Promise<Result<WorkspaceInfo>>;
  receiveWorkspace(info: WorkspaceInfo): void;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => ({
  workspace: idle,
  recent: [],
  async loadWorkspace() {
    if (get().workspace.state !== 'ready') set({ workspace: loading });
    const result = await api.invoke('workspace:info', {});
    set({ workspace: result.ok ? ready(result.value) : failed(result.error) });
  },
  async loadRecent() {
    const result = await api.invoke('workspace:recent', {});
    if (result.ok) set({ recent: result.value });
  },
  async openWorkspace(path, create) {
    const result = await api.invoke(create ? 'workspace:create' : 'workspace:open', { path });
    if (result.ok) {
      get().receiveWorkspace(result.value);
      void get().loadRecent();
    }
    return result;
  },
  receiveWorkspace: (info) => set({ workspace: ready(info) }),
});

/** Identifies what the workspace holds now: a new file or new data means new figures. */
export const workspaceDataKey = (info: WorkspaceInfo): string =>
  `${info.path}\n${info.dataRevision}`;
