import { appViews, type ViewId } from '../model/views';
import { z } from 'zod';
import type { DataCoverage } from '../model/coverage';
import type { KeyFigures } from '../model/overview';
import type { Preferences, RecentWorkspace, WorkspaceInfo } from '../model/workspace';
import { languages, themes } from '../model/workspace';
import { channel, event } from './define';

const empty = z.object({}).strict();
const workspacePath = z.string().min(1).max(4096);
/** Identifies a long-running request so its progress can be followed and it can be cancelled. */
export const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const workspaceChannels = {
  'workspace:info': channel(empty).returns<WorkspaceInfo>(),
  'workspace:open': channel(z.object({ path: workspacePath }).strict()).returns<WorkspaceInfo>(),
  'workspace:create': channel(z.object({ path: workspacePath }).strict()).returns<WorkspaceInfo>(),
  'workspace:save-as': channel(z.object({ path: workspacePath }).strict()).returns<WorkspaceInfo>(),
  'workspace:recent': channel(empty).returns<RecentWorkspace[]>(),
  'overview:key-figures': channel(empty).returns<KeyFigures>(),
  'overview:coverage': channel(z.object({ jobId }).strict()).returns<DataCoverage>(),
  'preferences:get': channel(empty).returns<Preferences>(),
  'preferences:set': channel(
    z.object({ language: z.enum(languages).optional(), theme: z.enum(themes).optional() }).strict(),
  ).returns<Preferences>(),
  'job:cancel': channel(z.object({ jobId }).strict()).returns<{ cancelled: boolean }>(),
};

export interface JobProgress {
  jobId: string;
  phase: string;
  done: number;
  /** Null while the total is not known yet. */
  total: number | null;
  unit: 'bytes' | 'rows' | 'steps';
  /** Rows read so far, when the job reads a file (progress is then in bytes). */
  rows?: number;
  /** What the phase works on, such as the file being imported. */
  detail?: string;
}

/** The menu command that opens each view. */
export const viewCommand = <V extends ViewId>(view: V) => `navigate-${view}` as const;

/** Commands from the native menu, carried to the renderer. */
export const menuCommands = [
  ...appViews.map((v) => viewCommand(v.id)),
  'analyse',
  'find-account',
  'new-workspace',
  'open-workspace',
  'save-workspace-as',
  'import-files',
  'toggle-theme',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const workspaceEvents = {
  'job:progress': event<JobProgress>(),
  'workspace:changed': event<WorkspaceInfo>(),
  'preferences:changed': event<Preferences>(),
  'menu:command': event<{ command: MenuCommand; files?: string[] }>(),
};
