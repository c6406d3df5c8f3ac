import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Jobs } from '../../../src-main/session/jobs';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';
import { AnalysisWorker } from '../../../src-main/worker/client';

import { JobCancelledError } from '../../../src-main/job/cancelled';
import { openWorkspace } from '../../../src-main/store/workspace';
import { seedTinyCompany } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

describe('analysis worker', () => {
  const tempDir = useTempDir();
  let worker: AnalysisWorker<Jobs> | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  function seededWorkspace(): string {
    const path = join(tempDir(), 'w.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedTinyCompany(ws.db);
    ws.close();
    return path;
  }

  it('computes coverage on its own connection and reports progress', async () => {
    const path = seededWorkspace();
    worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    const progress: number[] = [];
    const coverage = await worker.run(
      'coverage',
      { path },
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(coverage.accounts).toBe(5);
    expect(coverage.sources.find((s) => s.kind === 'tickets')?.orphans).toBe(1);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('runs jobs in order and returns each result to its caller', async () => {
    const path = seededWorkspace();
    worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    const [figures, coverage] = await Promise.all([
      worker.run('key-figures', { path }),
      worker.run('coverage', { path }),
    ]);
    // The tiny company: A1, A3 and A4 are paying and active; A5's trial has not paid yet.
    expect(figures.active).toBe(3);
    expect(coverage.accounts).toBe(5);
  });

  it('cancels a job when asked, and keeps working afterwards', async () => {
    const path = seededWorkspace();
    worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    const controller = new AbortController();
    const cancelled = worker.run('coverage', { path }, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(JobCancelledError);
    await expect(worker.run('key-figures', { path })).resolves.toMatchObject({ accounts: 5 });
  });

  it('returns errors as values with their message', async () => {
    worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    await expect(
      worker.run('coverage', { path: join(tempDir(), 'missing.sqlite') }),
    ).rejects.toThrow(/unable to open database|does not exist|directory does not exist/i);
  });
});
