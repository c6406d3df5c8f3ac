import { notAvailableCode, type WorkspacePurpose } from '../../src-shared/ipc/file-channels';
import type { RecentWorkspace, WorkspaceInfo } from '../../src-shared/model/workspace';
import type { Result } from '../../src-shared/result';
import { api } from '../api/client';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/** The open workspace file and the recently used ones. */
export interface WorkspaceSlice {
  workspace: Loadable<WorkspaceInfo>;
  recent: RecentWorkspace[];
  /**
   * Whether workspace files are chosen in the system's dialog. True until the transport answers
   * that it has none (the web harness); then the dialog asks for a typed path instead.
   */
  nativeWorkspaceDialog: boolean;
  loadWorkspace(): Promise<void>;
  loadRecent(): Promise<void>;
  /** Opens an existing workspace, or creates a new one, at a path on this computer. */
  openWorkspace(path: string, create: boolean): Promise<Result<WorkspaceInfo>>;
  /**
   * Chooses a workspace file in the system's dialog and opens it, creates it, or saves a copy there.
   * A null value means nothing changed: the analyst cancelled, or there is no system dialog.
   */
  chooseWorkspace(purpose: WorkspacePurpose): Promise<Result<WorkspaceInfo | null>>;
  receiveWorkspace(info: WorkspaceInfo): void;
}

const channelFor = {
  open: 'workspace:open',
  create: 'workspace:create',
  'save-as': 'workspace:save-as',
} as const;

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => {
  /** Sends a workspace request for a path and takes the workspace it answers with. */
  const request = async (purpose: WorkspacePurpose, path: string) => {
    const result = await api.invoke(channelFor[purpose], { path });
    if (result.ok) {
      get().receiveWorkspace(result.value);
      void get().loadRecent();
    }
    return result;
  };

  return {
    workspace: idle,
    recent: [],
    nativeWorkspaceDialog: true,
    async loadWorkspace() {
      if (get().workspace.state !== 'ready') set({ workspace: loading });
      const result = await api.invoke('workspace:info', {});
      set({ workspace: result.ok ? ready(result.value) : failed(result.error) });
    },
    async loadRecent() {
      const result = await api.invoke('workspace:recent', {});
      if (result.ok) set({ recent: result.value });
    },
    openWorkspace: (path, create) => request(create ? 'create' : 'open', path),
    async chooseWorkspace(purpose) {
      const chosen = await api.invoke('files:choose-workspace', { purpose });
      if (!chosen.ok) {
        if (chosen.error.code !== notAvailableCode) return chosen;
        set({ nativeWorkspaceDialog: false });
        return { ok: true, value: null };
      }
      if (chosen.value.path === null) return { ok: true, value: null };
      return request(purpose, chosen.value.path);
    },
    receiveWorkspace: (info) => set({ workspace: ready(info) }),
  };
};

/** Identifies what the workspace holds now: a new file or new data means new figures. */
export const workspaceDataKey = (info: WorkspaceInfo): string =>
  `${info.path}\n${info.dataRevision}`;
