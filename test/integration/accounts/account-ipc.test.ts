import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { AppStateStore } from '../../../src-main/session/app-state';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { Session } from '../../../src-main/session/session';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from '../analysis/hand-company';

describe('Customer 360 over IPC', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('answers before the first analysis, validates requests and names unknown accounts', async () => {
    const path = join(tempDir(), 'hand.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedHandCompany(ws.db);
    ws.close();
    const session = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(tempDir(), 'state.json')),
      emit: () => {},
    });
    closers.push(() => session.close());
    session.open(path);
    const dispatch = createDispatch(allHandlers(session));

    expect(await dispatch('accounts:search', { text: 'ald' })).toMatchObject({
      ok: true,
      value: { matches: [{ accountId: 'C1', name: 'Alder', field: 'name', status: null }] },
    });
    expect(await dispatch('accounts:profile', { accountId: 'C1' })).toMatchObject({
      ok: true,
      value: { name: 'Alder', metrics: null, risk: { state: 'not-analysed' } },
    });
    const timeline = await dispatch('accounts:timeline', { accountId: 'C1' });
    expect(timeline.ok && (timeline.value as { events: unknown[] }).events.length).toBeGreaterThan(
      0,
    );
    expect(await dispatch('accounts:score-history', { accountId: 'C1' })).toEqual({
      ok: true,
      value: [],
    });
    expect(await dispatch('accounts:profile', { accountId: 'NOPE' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'No account has the id "NOPE".' },
    });
    expect(await dispatch('accounts:search', { text: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('accounts:timeline', { accountId: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });

    await dispatch('analysis:run', { jobId: 'run-1' });
    expect(await dispatch('accounts:search', { text: 'ald' })).toMatchObject({
      ok: true,
      value: { matches: [{ accountId: 'C1', status: 'active' }] },
    });
    const history = await dispatch('accounts:score-history', { accountId: 'C1' });
    expect(history.ok && (history.value as unknown[]).length).toBe(1);
  });
});
