import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { AppStateStore } from '../../../src-main/session/app-state';
import type { WorkspacePaths } from '../../../src-main/session/chosen-workspaces';
import { Session } from '../../../src-main/session/session';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';

import { useTempDir } from '../../helpers/temp-dir';

describe('the workspace channels take only the paths their mode allows', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  function start(workspacePaths?: WorkspacePaths) {
    const dir = realpathSync(tempDir());
    const session = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(dir, 'state.json')),
      emit: () => {},
      ...(workspacePaths ? { workspacePaths } : {}),
    });
    closers.push(() => session.close());
    const first = join(dir, 'First.sqlite');
    session.open(first, true);
    return { dir, session, first, dispatch: createDispatch(allHandlers(session)) };
  }

  it('is strict unless told: a typed path is refused, naming the file, before the disk is touched', async () => {
    const { dir, session, first, dispatch } = start();
    expect(session.workspacePaths).toBe('chosen');
    const typed = join(dir, 'Typed.sqlite');
    for (const channel of ['workspace:open', 'workspace:create', 'workspace:save-as'] as const) {
      expect(await dispatch(channel, { path: typed })).toMatchObject({
        ok: false,
        error: {
          code: 'not-chosen',
          message: expect.stringMatching(/^Typed\.sqlite was not chosen in this window/) as unknown,
          location: { file: 'Typed.sqlite' },
        },
      });
    }
    expect(existsSync(typed)).toBe(false);
    expect(session.info().path).toBe(first);
  });

  it('takes a path chosen in the system dialog for that purpose', async () => {
    const { dir, session, dispatch } = start('chosen');
    const fresh = join(dir, 'Fresh.sqlite');
    await session.chosenWorkspaces.grant('create', fresh);
    expect(await dispatch('workspace:create', { path: fresh })).toMatchObject({
      ok: true,
      value: { path: fresh, name: 'Fresh.sqlite' },
    });
    const copy = join(dir, 'Copy.sqlite');
    await session.chosenWorkspaces.grant('save-as', copy);
    expect(await dispatch('workspace:save-as', { path: copy })).toMatchObject({
      ok: true,
      value: { path: copy },
    });
    expect(existsSync(copy)).toBe(true);
  });

  it('opens a recent workspace without a choice, but does not overwrite one', async () => {
    const { dir, session, first, dispatch } = start('chosen');
    const other = join(dir, 'Other.sqlite');
    await session.chosenWorkspaces.grant('create', other);
    await dispatch('workspace:create', { path: other });
    expect(await dispatch('workspace:open', { path: first })).toMatchObject({
      ok: true,
      value: { path: first },
    });
    expect(await dispatch('workspace:save-as', { path: other })).toMatchObject({
      ok: false,
      error: { code: 'not-chosen' },
    });
    expect(await dispatch('workspace:create', { path: other })).toMatchObject({
      ok: false,
      error: { code: 'not-chosen' },
    });
  });

  it('takes a typed path where there is no system dialog (the web harness)', async () => {
    const { dir, dispatch } = start('typed');
    const typed = join(dir, 'Typed.sqlite');
    expect(await dispatch('workspace:create', { path: typed })).toMatchObject({
      ok: true,
      value: { path: typed },
    });
    expect(await dispatch('files:choose-workspace', { purpose: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    });
  });
});
