import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import type { Deferred } from '../../../src-main/analysis/engine/analysis-hooks';
import { pastRiskFeaturesRead } from '../../../src-main/analysis/engine/side-reads';
import { runAnalysis } from '../../../src-main/analysis/engine/run-analysis';
import {
  readPastFeatures,
  type PastFeatures,
  type PastFeaturesRequest,
} from '../../../src-main/analysis/risk/past-features';
import {
  readAccountActivity,
  readAccountIds,
  type AccountActivity,
  type ActivityRequest,
} from '../../../src-main/analysis/load/account-activity';
import { openWorkspace } from '../../../src-main/store/workspace';
import type { Jobs } from '../../../src-main/session/jobs';
import { sourceWorkerLaunch } from '../../../src-main/session/worker-launch';
import { AnalysisWorker } from '../../../src-main/worker/client';

import { withSideThreadFor } from '../../../src-main/cli/side-thread-for';
import { directContext } from '../../../src-main/job/context';
import { portableLaunch } from '../../../src-main/worker/launch';
import { SideThread } from '../../../src-main/worker/side-thread';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { storedResults } from '../../helpers/stored-results';

describe('the side thread that reads account activity and the churn model’s past snapshot', () => {
  const sample = useShippedSampleWorkspace();
  const tempDir = useTempDir();
  const side = new SideThread(portableLaunch(sourceWorkerLaunch()));
  afterAll(() => side.close());

  it('gives the analysis in the worker exactly the figures of an analysis on one thread', async () => {
    const { workspace } = sample();
    analyzeJob({ path: workspace.path }, directContext(workspace.db));
    const oneThread = storedResults(workspace.db);
    expect(oneThread.length).toBeGreaterThan(100_000);

    const copy = join(tempDir(), 'copy.sqlite');
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(workspace.path, copy);
    const worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
    try {
      await worker.run('analyze', { path: copy });
    } finally {
      await worker.close();
    }
    const ws = openWorkspace(copy);
    try {
      expect(storedResults(ws.db)).toBe(oneThread);
    } finally {
      ws.close();
    }
  }, 120_000);

  it('gives the command line, with a side thread for a large workspace, the same figures', () => {
    const { workspace } = sample();
    analyzeJob({ path: workspace.path }, directContext(workspace.db));
    const oneThread = storedResults(workspace.db);
    let used = false;
    withSideThreadFor(
      workspace.db,
      (side) => {
        used = side !== undefined;
        analyzeJob(
          { path: workspace.path },
          directContext(workspace.db, () => {}, undefined, side),
        );
      },
      1,
    );
    expect(used).toBe(true);
    expect(storedResults(workspace.db)).toBe(oneThread);
    // The sample is small: by default it is analysed on one thread.
    expect(withSideThreadFor(workspace.db, (side) => side)).toBeUndefined();
  }, 60_000);

  it('reads the same past features on the other thread as on this one, typed arrays intact', () => {
    const { workspace } = sample();
    const db = workspace.db;
    let request: PastFeaturesRequest | undefined;
    let here: PastFeatures | undefined;
    db.transaction(() =>
      runAnalysis(
        db,
        {},
        {
          step: () => {},
          startPastFeatures: (r) => {
            request = r;
            here = readPastFeatures(db, r);
            return { take: () => here as PastFeatures, abandon: () => {} };
          },
        },
      ),
    )();
    if (!request || !here) throw new Error('the analysis did not ask for its past snapshot');
    const there = side.start(pastRiskFeaturesRead, workspace.path, request).take(() => {});
    expect(there.rows).toBeInstanceOf(Int32Array);
    expect(there.x).toBeInstanceOf(Float64Array);
    expect(there.rows.length).toBeGreaterThan(1000);
    expect(there).toEqual(here);
  }, 60_000);

  it('reads on its own thread what the other thread failed to read or read from other data', () => {
    const { workspace } = sample();
    const db = workspace.db;
    const plain = db.transaction(() => runAnalysis(db, {}, { step: () => {} }))();
    const failing = <T>(): Deferred<T> => ({
      take: () => {
        throw new Error('the side thread stopped');
      },
      abandon: () => {},
    });
    const stale = (request: Parameters<typeof readPastFeatures>[1]): Deferred<PastFeatures> => {
      const read = readPastFeatures(db, request);
      return {
        take: () => ({ ...read, dataRevision: read.dataRevision + 1, rows: new Int32Array(0) }),
        abandon: () => {},
      };
    };
    const staleActivity = (request: ActivityRequest): Deferred<AccountActivity> => {
      const read = readAccountActivity(db, readAccountIds(db), request);
      return { take: () => ({ ...read, dataRevision: read.dataRevision + 1 }), abandon: () => {} };
    };
    const cases = [
      { startPastFeatures: () => failing<PastFeatures>(), startAccountActivity: staleActivity },
      { startPastFeatures: stale, startAccountActivity: () => failing<AccountActivity>() },
    ];
    for (const hooks of cases) {
      const output = db.transaction(() => runAnalysis(db, {}, { step: () => {}, ...hooks }))();
      expect(output.summary).toEqual(plain.summary);
      expect(output.accountMetrics(7)).toEqual(plain.accountMetrics(7));
    }
  });

  it('stops waiting when the caller cancels, and gives up the task', () => {
    const { workspace } = sample();
    const db = workspace.db;
    let abandoned = false;
    const never: Deferred<PastFeatures> = {
      take: (whileWaiting) => {
        for (;;) whileWaiting();
      },
      abandon: () => {
        abandoned = true;
      },
    };
    let waited = 0;
    expect(() =>
      db.transaction(() =>
        runAnalysis(
          db,
          {},
          {
            step: () => {},
            throwIfCancelled: () => {
              if (++waited > 3) throw new Error('Cancelled.');
            },
            startPastFeatures: () => never,
          },
        ),
      )(),
    ).toThrow('Cancelled.');
    expect(abandoned).toBe(true);
  });

  it('reports a task that failed on the other thread as an error', () => {
    const pending = side.start(pastRiskFeaturesRead, join(tempDir(), 'missing.sqlite'), {
      asOf: '2026-01-01',
      latestInData: '2026-01-01',
      currency: { base: 'USD', rates: {} },
      npsWindowDays: 365,
      csatWindowDays: 90,
      frictionWindowDays: 90,
      usageMetric: null,
      crcAllocation: 'equal',
      crcPerAccountMonth: null,
    });
    expect(() => pending.take(() => {})).toThrow(/unable to open|does not exist|not an advocate/i);
  }, 60_000);
});
