import { existsSync } from 'node:fs';
import type { Session } from './session';

export interface StartupOptions {
  lastWorkspace: string | null;
  defaultWorkspace: string;
  sampleDir: string;
}

/**
 * The workspace to show at start: the last one the analyst used, or else the default workspace,
 * created from the sample exports on first start so there are real figures to look at straight away.
 * Returns a message when the last workspace could not be reopened.
 */
export async function openStartupWorkspace(
  session: Session,
  options: StartupOptions,
): Promise<string | undefined> {
  let warning: string | undefined;
  if (options.lastWorkspace) {
    try {
      session.open(options.lastWorkspace);
      return undefined;
    } catch (error) {
      warning = (error as Error).message;
      session.appState.forgetWorkspace(options.lastWorkspace);
    }
  }
  await openSampleWorkspace(session, options.defaultWorkspace, options.sampleDir);
  return warning;
}

/**
 * Opens the workspace at `path`, filling it from the sample exports when it is new, and analysing
 * it, so the first start shows advocates, channels and partners at once.
 */
export async function openSampleWorkspace(
  session: Session,
  path: string,
  sampleDir: string,
): Promise<void> {
  const isNew = !existsSync(path);
  session.open(path, true);
  if (isNew) {
    await session.runJob('load-sample', { path, dir: sampleDir }, 'startup');
    session.emit('workspace:changed', session.info());
    const summary = await session.runJob('analyze', { path }, 'startup');
    session.emit('analysis:finished', summary.stamp);
  }
}
