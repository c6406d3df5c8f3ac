import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { AppStateStore } from '../../../src-main/session/app-state';
import { Session } from '../../../src-main/session/session';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';

import type { FileInspection, ImportOutcome } from '../../../src-shared/model/import';
import { useTempDir } from '../../helpers/temp-dir';

describe('the import channels read only the files chosen in the window', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  function start() {
    const dir = realpathSync(tempDir());
    const changes: unknown[] = [];
    const session = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(dir, 'state.json')),
      emit: (event, payload) => {
        if (event === 'workspace:changed') changes.push(payload);
      },
    });
    closers.push(() => session.close());
    session.open(join(dir, 'w.sqlite'), true);
    changes.length = 0;
    const jobs = vi.spyOn(session, 'runJob');
    const accounts = join(dir, 'accounts.csv');
    writeFileSync(accounts, 'account_id,name\nA1,Acme\nA2,Globex\n');
    return {
      dir,
      session,
      dispatch: createDispatch(allHandlers(session)),
      jobs,
      changes,
      accounts,
    };
  }

  const importRuns = (session: Session) =>
    session.current().db.prepare('SELECT count(*) FROM import_runs').pluck().get();

  it('refuses a path the analyst did not choose, naming the file, before anything is read', async () => {
    const { session, dispatch, jobs, accounts } = start();
    for (const file of [accounts, session.current().path]) {
      const name = file.split('/').at(-1) ?? '';
      expect(await dispatch('import:inspect', { file })).toEqual({
        ok: false,
        error: {
          code: 'not-chosen',
          message: `${name} was not chosen in this window; choose it with “Choose files…” or drop it on the window.`,
          location: { file: name },
        },
      });
    }
    expect(jobs).not.toHaveBeenCalled();
  });

  it('inspects a chosen file, and answers with the path the window sent', async () => {
    const { dir, session, dispatch, jobs, accounts } = start();
    await session.chosenFiles.grant(accounts);
    const inspected = await dispatch('import:inspect', { file: accounts });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value as FileInspection).toMatchObject({
      path: accounts,
      fileName: 'accounts.csv',
      kind: 'accounts',
      rows: [
        ['A1', 'Acme'],
        ['A2', 'Globex'],
      ],
    });

    // The same file by another way of writing its path: the engine reads the canonical path, the
    // answer keeps the one the window sent.
    mkdirSync(join(dir, 'sub'));
    const roundabout = join(dir, 'sub', '..', 'accounts.csv');
    const again = await dispatch('import:inspect', { file: roundabout });
    expect(again).toMatchObject({ ok: true, value: { path: roundabout } });
    expect(jobs.mock.calls.map(([, params]) => (params as { file?: string }).file)).toEqual([
      accounts,
      accounts,
    ]);
  });

  it('refuses `..` and links that lead from a chosen file to another', async () => {
    const { dir, session, dispatch, jobs, accounts } = start();
    await session.chosenFiles.grant(accounts);
    const secret = join(dir, 'w.sqlite');
    symlinkSync(secret, join(dir, 'linked.csv'));
    for (const file of [`${accounts}/../w.sqlite`, join(dir, 'linked.csv'), '/etc/hostname']) {
      expect(await dispatch('import:inspect', { file })).toMatchObject({
        ok: false,
        error: { code: 'not-chosen' },
      });
    }
    expect(jobs).not.toHaveBeenCalled();
  });

  it('refuses a whole import naming one file not chosen, and the workspace is unchanged', async () => {
    const { dir, session, dispatch, jobs, changes, accounts } = start();
    await session.chosenFiles.grant(accounts);
    const other = join(dir, 'tickets.csv');
    writeFileSync(other, 'ticket_id,account_id\nT1,A1\n');
    const refused = await dispatch('import:run', {
      jobId: 'import-1',
      files: [{ path: accounts }, { path: other }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'not-chosen', message: expect.stringContaining('tickets.csv') as unknown },
    });
    expect(jobs).not.toHaveBeenCalled();
    expect(changes).toEqual([]);
    expect(importRuns(session)).toBe(0);
  });

  it('imports chosen files and names each outcome by the path the window sent', async () => {
    const { dir, session, dispatch, accounts } = start();
    const link = join(dir, 'latest.csv');
    symlinkSync(accounts, link);
    await session.chosenFiles.grant(link);
    const run = await dispatch('import:run', { jobId: 'import-2', files: [{ path: link }] });
    if (!run.ok) throw new Error(run.error.message);
    const [outcome] = run.value as ImportOutcome[];
    expect(outcome).toMatchObject({ ok: true, result: { path: link, inserted: 2 } });
    expect(importRuns(session)).toBe(1);
  });

  it('forgets the chosen files when another workspace is opened', async () => {
    const { dir, session, dispatch, accounts } = start();
    await session.chosenFiles.grant(accounts);
    session.open(join(dir, 'w.sqlite'));
    expect(await dispatch('import:inspect', { file: accounts })).toMatchObject({ ok: true });
    session.open(join(dir, 'other.sqlite'), true);
    expect(await dispatch('import:inspect', { file: accounts })).toMatchObject({
      ok: false,
      error: { code: 'not-chosen' },
    });
  });
});
