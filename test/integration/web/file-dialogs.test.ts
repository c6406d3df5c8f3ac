import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { AppStateStore } from '../../../src-main/session/app-state';
import { Session } from '../../../src-main/session/session';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';

import { useTempDir } from '../../helpers/temp-dir';

describe('choosing files with the system dialog', () => {
  const tempDir = useTempDir();
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });

  function session(): Session {
    const dir = tempDir();
    const opened = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(dir, 'state.json')),
      emit: () => {},
    });
    sessions.push(opened);
    opened.open(join(dir, 'w.sqlite'), true);
    return opened;
  }

  it('is not available where there is no system dialog, as a value the view recognises', async () => {
    const dispatch = createDispatch(allHandlers(session()));
    expect(await dispatch('files:choose-import', {})).toEqual({
      ok: false,
      error: {
        code: 'not-available',
        message: expect.stringMatching(/not available in the browser/),
      },
    });
    expect(await dispatch('files:choose-import', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('answers with the desktop dialog’s choice where the app passes one', async () => {
    const dispatch = createDispatch(
      allHandlers(session(), {
        'files:choose-import': () => ['/home/ana/accounts.csv'],
        'files:choose-workspace': () => ({ path: null }),
      }),
    );
    expect(await dispatch('files:choose-import', {})).toEqual({
      ok: true,
      value: ['/home/ana/accounts.csv'],
    });
  });
});
