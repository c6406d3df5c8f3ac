import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { AppStateStore } from '../../../src-main/session/app-state';
import { Session } from '../../../src-main/session/session';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';

import type { JobProgress } from '../../../src-shared/ipc/workspace-channels';
import type {
  FileInspection,
  ImportOutcome,
  ImportRunSummary,
  RejectedRowsCsv,
} from '../../../src-shared/model/import';
import type { WorkspaceInfo } from '../../../src-shared/model/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { ravenstack } from './support';

describe('the Import view’s channels, served from the analysis worker', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  function start() {
    const dir = tempDir();
    const progress: (JobProgress & { rows?: number })[] = [];
    const changes: WorkspaceInfo[] = [];
    const session = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(dir, 'state.json')),
      emit: (event, payload) => {
        if (event === 'job:progress') progress.push(payload as JobProgress);
        if (event === 'workspace:changed') changes.push(payload as WorkspaceInfo);
      },
    });
    closers.push(() => session.close());
    session.open(join(dir, 'w.sqlite'), true);
    return { dir, session, dispatch: createDispatch(allHandlers(session)), progress, changes };
  }

  it('inspects, imports with progress, lists, downloads rejected rows and undoes', async () => {
    const { dir, session, dispatch, progress, changes } = start();
    // As the analyst would in the window: the files are chosen before they are read.
    await session.chosenFiles.grant(ravenstack('accounts'));
    const catalog = await dispatch('import:catalog', {});
    expect(catalog.ok && catalog.value).toMatchObject({
      encodings: expect.arrayContaining(['shift_jis']),
      delimiters: [',', ';', '\t', '|'],
    });

    const inspected = await dispatch('import:inspect', { file: ravenstack('accounts') });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const inspection = inspected.value as FileInspection;
    expect(inspection).toMatchObject({
      kind: 'accounts',
      preset: 'generic-accounts',
      encoding: 'utf-8',
      delimiter: ',',
      mappingSource: 'detected',
    });
    expect(inspection.rows).toHaveLength(20);
    expect(inspection.lines.slice(0, 3)).toEqual([2, 3, 4]);
    expect(inspection.columns.find((c) => c.header === 'signup_date')).toMatchObject({
      type: 'date',
      dateOrder: 'mdy',
      mappedTo: 'signup_date',
    });
    expect(inspection.columns.find((c) => c.header === 'seats')).toMatchObject({
      type: 'integer',
      mappedTo: null,
    });
    expect(inspection.targetFields.find((f) => f.name === 'account_id')).toMatchObject({
      key: true,
    });
    expect(inspection.targetFields.find((f) => f.name === 'churned')).toMatchObject({
      derived: true,
    });

    const broken = join(dir, 'tickets.csv');
    writeFileSync(
      broken,
      'ticket_id,account_id,created_at\nT1,A-2e4581,2024-01-01\nT2,A-2e4581,someday\n',
    );
    await session.chosenFiles.grant(broken);
    const run = await dispatch('import:run', {
      jobId: 'import-1',
      files: [{ path: broken }, { path: ravenstack('accounts'), options: { kind: 'accounts' } }],
    });
    if (!run.ok) throw new Error(run.error.message);
    const outcomes = run.value as ImportOutcome[];
    expect(
      outcomes.map((o) => o.ok && [o.result.fileName, o.result.inserted, o.result.rejected]),
    ).toEqual([
      ['ravenstack_accounts.csv', 500, 0],
      ['tickets.csv', 1, 1],
    ]);
    expect(
      progress.some(
        (p) => p.jobId === 'import-1' && p.unit === 'bytes' && typeof p.rows === 'number',
      ),
    ).toBe(true);
    expect(changes.at(-1)?.dataRevision).toBe(2);

    const runs = await dispatch('import:runs', {});
    const list = (runs.ok ? runs.value : []) as ImportRunSummary[];
    expect(list.map((r) => [r.fileName, r.undoable])).toEqual([
      ['tickets.csv', true],
      ['ravenstack_accounts.csv', true],
    ]);
    const ticketsRun = list[0]?.id ?? 0;
    const csv = await dispatch('import:rejected-csv', { runId: ticketsRun });
    expect(csv.ok && (csv.value as RejectedRowsCsv).rows).toBe(1);
    const detail = await dispatch('import:run-detail', { runId: ticketsRun });
    expect(detail).toMatchObject({
      ok: true,
      value: { errors: [{ line: 3, column: 'created_at' }] },
    });

    expect(await dispatch('import:undo', { runId: ticketsRun })).toMatchObject({
      ok: true,
      value: { deleted: 1, restored: 0 },
    });
    expect(changes.at(-1)?.dataRevision).toBe(3);
    expect(await dispatch('import:undo', { runId: ticketsRun })).toMatchObject({
      ok: false,
      error: { code: 'already-undone' },
    });
    expect(await dispatch('import:run', { jobId: 'x', files: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await dispatch('import:inspect', { file: 'a.csv', options: { encoding: 'ebcdic' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('cancels an import in the worker, mid-file, and leaves the workspace unchanged', async () => {
    const { dir, session, dispatch, progress } = start();
    const path = join(dir, 'big.csv');
    writeFileSync(
      path,
      `account_id,name\n${Array.from({ length: 300000 }, (_, i) => `C${i},Company ${i}`).join('\n')}\n`,
    );
    await session.chosenFiles.grant(path);
    const pending = dispatch('import:run', { jobId: 'big', files: [{ path }] });
    // Cancel once rows are flowing, so the cancel lands in the middle of the transaction.
    while (!progress.some((p) => p.jobId === 'big' && (p.rows ?? 0) > 0))
      await new Promise((resolve) => setTimeout(resolve, 5));
    session.cancel('big');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const info = await dispatch('workspace:info', {});
    expect(info).toMatchObject({ ok: true, value: { dataRevision: 0 } });
    expect(session.current().db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
    expect(session.current().db.prepare('SELECT count(*) FROM import_runs').pluck().get()).toBe(0);
  });
});
