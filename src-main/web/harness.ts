import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../ipc/dispatch';
import { allHandlers } from '../session/all-handlers';
import { AppStateStore } from '../session/app-state';
import { Session } from '../session/session';
import { openSampleWorkspace } from '../session/startup-workspace';
import { sourceWorkerLaunch } from '../session/worker-launch';
import type { WorkerLaunch } from '../worker/launch';
import { startBridge, type Bridge } from './bridge-server';

export interface HarnessOptions {
  /** The workspace to open; created, and filled from `sampleDir` when given, if missing. */
  workspace: string;
  sampleDir?: string;
  staticDir: string;
  port?: number;
  token?: string;
  workerLaunch?: WorkerLaunch;
  /** Where preferences and recent workspaces are kept; a fresh temporary folder by default. */
  stateDir?: string;
}

export interface Harness {
  bridge: Bridge;
  session: Session;
  close(): Promise<void>;
}

/** The renderer's services over the loopback bridge, for development and end-to-end tests. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  // A state folder the harness made for itself is its own to remove when it closes.
  const ownStateDir = options.stateDir === undefined;
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'advocate-lab-state-'));
  // The bridge starts after the workspace is open; events before that have nowhere to go.
  const events: { bridge?: Bridge } = {};
  const session = new Session({
    workerLaunch: options.workerLaunch ?? sourceWorkerLaunch(),
    appState: new AppStateStore(join(stateDir, 'state.json')),
    emit: (event, payload) => events.bridge?.emit(event, payload),
    // No system dialog exists here to choose a workspace with, so the page's typed path is taken.
    workspacePaths: 'typed',
  });
  if (options.sampleDir) await openSampleWorkspace(session, options.workspace, options.sampleDir);
  else session.open(options.workspace, true);
  const bridge = await startBridge({
    dispatch: createDispatch(allHandlers(session)),
    chosenFiles: session.chosenFiles,
    staticDir: options.staticDir,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.token === undefined ? {} : { token: options.token }),
  });
  events.bridge = bridge;
  return {
    bridge,
    session,
    async close() {
      await bridge.close();
      await session.close();
      if (ownStateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
