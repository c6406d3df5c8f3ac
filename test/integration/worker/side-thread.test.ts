import type Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { runAnalysis, type Deferred } from '../../../src-main/analysis/engine/run-analysis';
import {
  readPastFeatures,
  type PastFeatures,
  type PastFeaturesRequest,
} from '../../../src-main/analysis/risk/past-features';
import { openWorkspace } from '../../../src-main/store/workspace';
import { AnalysisWorker, sourceWorkerLaunch } from '../../../src-main/worker/client';
import { directContext } from '../../../src-main/worker/job-context';
import { portableLaunch, SideThread } from '../../../src-main/worker/side-thread';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';
import { useTempDir } from '../../helpers/temp-dir';

/** Every churn-risk figure a run stores, in a fixed order. */
function storedRisk(db: Database.Database): string {
  return JSON.stringify([
    db
      .prepare('SELECT account_id, probability, reasons FROM churn_risk ORDER BY account_id')
      .raw()
      .all(),
    db.prepare(`SELECT json_extract(summary, '$.riskModel') FROM analysis_runs`).pluck().get(),
  ]);
}

describe('the side thread that reads the churn model’s past snapshot', () => {
  const sample = useShippedSampleWorkspace();
  const tempDir = useTempDir();
  const side = new SideThread(portableLaunch(sourceWorkerLaunch()));
  afterAll(() => side.close());

  it('gives the analysis in the worker exactly the figures of an analysis on one thread', async () => {
    const { workspace } = sample();
    analyzeJob({ path: workspace.path }, directContext(workspace.db));
    const oneThread = storedRisk(workspace.db);
    expect(JSON.parse(oneThread)[0].length).toBeGreaterThan(1000);

    const copy = join(tempDir(), 'copy.sqlite');
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(workspace.path, copy);
    const worker = new AnalysisWorker(sourceWorkerLaunch());
    try {
      await worker.run('analyze', { path: copy });
    } finally {
      await worker.close();
    }
    const ws = openWorkspace(copy);
    try {
      expect(storedRisk(ws.db)).toBe(oneThread);
    } finally {
      ws.close();
    }
  }, 120_000);

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
    const there = side.start('past-risk-features', workspace.path, request).take(() => {});
    expect(there.rows).toBeInstanceOf(Int32Array);
    expect(there.x).toBeInstanceOf(Float64Array);
    expect(there.rows.length).toBeGreaterThan(1000);
    expect(there).toEqual(here);
  }, 60_000);

  it('reads the past snapshot on its own thread when the other thread fails or saw other data', () => {
    const { workspace } = sample();
    const db = workspace.db;
    const plain = db.transaction(() => runAnalysis(db, {}, { step: () => {} }))();
    const failing: Deferred<PastFeatures> = {
      take: () => {
        throw new Error('the side thread stopped');
      },
      abandon: () => {},
    };
    const stale = (request: Parameters<typeof readPastFeatures>[1]): Deferred<PastFeatures> => {
      const read = readPastFeatures(db, request);
      return {
        take: () => ({ ...read, dataRevision: read.dataRevision + 1, rows: new Int32Array(0) }),
        abandon: () => {},
      };
    };
    for (const start of [() => failing, stale]) {
      const output = db.transaction(() =>
        runAnalysis(db, {}, { step: () => {}, startPastFeatures: start }),
      )();
      expect(output.summary.riskModel).toEqual(plain.summary.riskModel);
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
    const pending = side.start('past-risk-features', join(tempDir(), 'missing.sqlite'), {
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
