import type { WorkspaceInfo } from '../../src-shared/model/workspace';
import { dataRevision } from '../store/settings';
import { openWorkspace, type Workspace } from '../store/workspace';
import { WorkspaceError } from '../store/workspace-error';
import { AnalysisWorker } from '../worker/client';
import type { WorkerLaunch } from '../worker/launch';
import type { JobName, JobParams, Jobs, JobResult } from './jobs';
import type { AppStateStore } from './app-state';
import { ChosenFiles } from './chosen-files';
import { ChosenWorkspaces, type WorkspacePaths } from './chosen-workspaces';
import type { EventSink } from './events';

export interface SessionOptions {
  workerLaunch: WorkerLaunch;
  appState: AppStateStore;
  emit: EventSink;
  /** Which paths the workspace channels take from the renderer; `chosen` unless told. */
  workspacePaths?: WorkspacePaths;
}

/**
 * The open workspace and everything that serves it: the store connection owned by this thread, the
 * analysis worker, and the long-running jobs that can be followed and cancelled by id.
 */
export class Session {
  private workspace: Workspace | undefined;
  private readonly worker: AnalysisWorker<Jobs>;
  private readonly jobs = new Map<string, AbortController>();
  /** The files the analyst handed over to this window; the only ones the import channels read. */
  readonly chosenFiles = new ChosenFiles();
  /** The workspace files the analyst picked in the system dialog, when only those are taken. */
  readonly chosenWorkspaces = new ChosenWorkspaces();

  constructor(private readonly options: SessionOptions) {
    this.worker = new AnalysisWorker<Jobs>(options.workerLaunch);
  }

  get appState(): AppStateStore {
    return this.options.appState;
  }

  get workspacePaths(): WorkspacePaths {
    return this.options.workspacePaths ?? 'chosen';
  }

  get emit(): EventSink {
    return this.options.emit;
  }

  /** Opens (or creates) a workspace; the current one stays open if the new one is refused. */
  open(path: string, create = false): WorkspaceInfo {
    const next = openWorkspace(path, { create });
    // Files were chosen to go into the workspace that was open; another one starts with none.
    if (next.path !== this.workspace?.path) this.chosenFiles.clear();
    this.workspace?.close();
    this.workspace = next;
    this.options.appState.rememberWorkspace(path);
    const info = this.info();
    this.options.emit('workspace:changed', info);
    return info;
  }

  /**
   * Writes a compacted, consistent copy of the workspace to a new file and continues in the copy, as
   * "Save As" does in any document application.
   */
  saveAs(path: string): WorkspaceInfo {
    const ws = this.current();
    if (path === ws.path) return this.info();
    ws.db.prepare('VACUUM INTO ?').run(path);
    return this.open(path);
  }

  current(): Workspace {
    if (!this.workspace) throw new WorkspaceError('not-found', 'No workspace is open.');
    return this.workspace;
  }

  info(): WorkspaceInfo {
    const ws = this.current();
    return {
      path: ws.path,
      name: ws.name,
      schemaVersion: ws.schemaVersion,
      dataRevision: dataRevision(ws.db),
    };
  }

  /** Runs a job in the worker, reporting progress under the caller's job id. */
  async runJob<J extends JobName>(
    job: J,
    params: JobParams<J>,
    jobId?: string,
  ): Promise<JobResult<J>> {
    const controller = new AbortController();
    if (jobId) {
      this.jobs.get(jobId)?.abort();
      this.jobs.set(jobId, controller);
    }
    try {
      return await this.worker.run(job, params, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (jobId) this.options.emit('job:progress', { jobId, ...progress });
        },
      });
    } finally {
      if (jobId && this.jobs.get(jobId) === controller) this.jobs.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const controller = this.jobs.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }

  async close(): Promise<void> {
    for (const controller of this.jobs.values()) controller.abort();
    await this.worker.close();
    this.chosenFiles.clear();
    this.workspace?.close();
    this.workspace = undefined;
  }
}
