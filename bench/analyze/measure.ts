import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runAnalysis } from '../../src-main/analysis/engine/run-analysis';
import { openReadOnly } from '../../src-main/store/connections';
import { AnalysisWorker, sourceWorkerLaunch } from '../../src-main/worker/client';
import { captureQueries, replayInSqlite } from './sql-baseline';

/**
 * One measurement, in a process of its own so that its peak RSS is the analysis's alone:
 * `measure.ts WORKSPACE RUNS` prints a JSON line on stdout.
 */
const [path, runsText] = process.argv.slice(2);
if (!path) throw new Error('usage: measure.ts WORKSPACE [RUNS]');
const runs = Number(runsText ?? '3');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// The analysis in the worker, first, while this process holds nothing else.
const worker = new AnalysisWorker(sourceWorkerLaunch());
const analyze: number[] = [];
const delay = monitorEventLoopDelay({ resolution: 1 });
try {
  await worker.run('analyze', { path }); // warm-up: starts the worker and opens its connections
  delay.enable();
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await worker.run('analyze', { path });
    analyze.push(performance.now() - started);
  }
  delay.disable();
} finally {
  await worker.close();
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// The peer: the engine's own queries, recorded once, then each summarised inside SQLite.
const reader = openReadOnly(path);
const queries = captureQueries(reader, () => {
  reader.transaction(() => runAnalysis(reader, {}, { step: () => {} }))();
});
const sqlOnly: number[] = [];
for (let r = 0; r < runs; r++) sqlOnly.push(replayInSqlite(reader, queries));
reader.close();

process.stdout.write(
  `${JSON.stringify({
    analyzeRunsMs: analyze,
    sqlOnlyRunsMs: sqlOnly,
    analyzeMs: median(analyze),
    sqlOnlyMs: median(sqlOnly),
    queries: queries.length,
    peakRssMb,
    eventLoopP99Ms: delay.percentile(99) / 1e6,
    eventLoopMaxMs: delay.max / 1e6,
  })}\n`,
);
