import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisStamp } from '../../../src-shared/model/analysis/runs';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { AppStateStore } from '../../../src-main/session/app-state';
import { allHandlers } from '../../../src-main/session/all-handlers';
import { Session } from '../../../src-main/session/session';
import { openWorkspace } from '../../../src-main/store/workspace';
import type { Jobs } from '../../../src-main/session/jobs';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';
import { AnalysisWorker } from '../../../src-main/worker/client';

import { JobCancelledError } from '../../../src-main/job/cancelled';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from './hand-company';

describe('analysis in the worker and over IPC', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  function handWorkspace(): string {
    const path = join(tempDir(), 'hand.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedHandCompany(ws.db);
    ws.close();
    return path;
  }

  it('runs in the worker on its own connections, reports progress and writes results once', async () => {
    const path = handWorkspace();
    const worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    closers.push(() => worker.close());
    const phases: string[] = [];
    const summary = await worker.run(
      'analyze',
      { path },
      { onProgress: (p) => phases.push(p.phase) },
    );
    expect(summary).toMatchObject({
      customers: 7,
      activeCustomers: 4,
      stamp: { asOf: '2026-06-30' },
    });
    // Updates are thinned to twenty a second; the last one always arrives.
    expect(phases.length).toBeGreaterThan(0);
    expect(phases.at(-1)).toBe('done');
    const ws = openWorkspace(path);
    expect(ws.db.prepare('SELECT count(*) FROM account_metrics').pluck().get()).toBe(8);
    expect(ws.db.prepare('SELECT count(*) FROM analysis_runs').pluck().get()).toBe(1);
    ws.close();
  });

  it('leaves the last good results in place when a run is cancelled', async () => {
    const path = handWorkspace();
    const worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    closers.push(() => worker.close());
    const first = await worker.run('analyze', { path });
    const controller = new AbortController();
    const cancelled = worker.run(
      'analyze',
      { path },
      {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      },
    );
    await expect(cancelled).rejects.toBeInstanceOf(JobCancelledError);
    const ws = openWorkspace(path);
    expect(ws.db.prepare('SELECT id FROM analysis_runs').pluck().all()).toEqual([
      first.stamp.runId,
    ]);
    ws.close();
  });

  it('serves results to the renderer, and errors as values before the first run', async () => {
    const path = handWorkspace();
    const dir = tempDir();
    const events: AnalysisStamp[] = [];
    const session = new Session({
      workerLaunch: sourceWorkerLaunch(),
      appState: new AppStateStore(join(dir, 'state.json')),
      emit: (event, payload) => {
        if (event === 'analysis:finished') events.push(payload as AnalysisStamp);
      },
    });
    closers.push(() => session.close());
    session.open(path);
    const dispatch = createDispatch(allHandlers(session));

    expect(await dispatch('analysis:channels', {})).toMatchObject({
      ok: false,
      error: { code: 'not-analysed' },
    });
    expect(await dispatch('analysis:freshness', {})).toMatchObject({
      ok: true,
      value: { fresh: false },
    });
    const run = await dispatch('analysis:run', { jobId: 'analyze-1' });
    expect(run).toMatchObject({ ok: true, value: { customers: 7 } });
    expect(events).toHaveLength(1);
    expect(await dispatch('analysis:freshness', {})).toMatchObject({
      ok: true,
      value: { fresh: true },
    });
    const advocates = await dispatch('analysis:advocates', { top: 2 });
    expect(advocates.ok && (advocates.value as unknown[]).length).toBe(2);
    expect(await dispatch('analysis:advocate', { accountId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch('analysis:retention', { by: 'channel' })).toMatchObject({
      ok: true,
      value: { unit: 'month' },
    });
    // Requests are validated before any handler runs.
    expect(await dispatch('analysis:retention', { by: 'colour' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await dispatch('analysis:tiers-save', { champion: 50, advocate: 60, neutral: 40 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-analysis-input' },
    });
    expect(
      await dispatch('analysis:tiers-save', { champion: 80, advocate: 65, neutral: 45 }),
    ).toMatchObject({
      ok: true,
    });
    // A new threshold makes the stored tiers stale.
    expect(await dispatch('analysis:freshness', {})).toMatchObject({
      ok: true,
      value: { fresh: false },
    });
    const logged = await dispatch('analysis:reference-log', {
      accountId: 'C1',
      contactId: 'K1',
      askedAt: '2026-06-15',
    });
    expect(logged).toMatchObject({
      ok: true,
      value: { accountId: 'C1', contactName: 'Ann Alder', outcome: 'pending' },
    });
    expect(await dispatch('analysis:reference-requests', { accountId: 'C1' })).toMatchObject({
      ok: true,
      value: [{ askedAt: '2026-06-15' }],
    });
  });
});
