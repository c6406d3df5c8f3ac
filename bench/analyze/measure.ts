import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openReadOnly } from '../../src-main/store/connections';
import type { Jobs } from '../../src-main/session/jobs';
import { sourceWorkerLaunch } from '../../src-main/session/worker-launch';
import { AnalysisWorker } from '../../src-main/worker/client';
import { replayInSqlite, type CapturedQuery } from './sql-baseline';

/**
 * One measurement, in a process of its own so that its peak RSS is the analysis's alone:
 * `measure.ts WORKSPACE QUERIES.json RUNS` prints a JSON line on stdout. The analysis (in the
 * worker, as the app runs it) and the peer (the engine's recorded queries, each summarised inside
 * SQLite) take turns, run by run, so a change in the machine's load falls on both.
 */
const [path, queriesPath, runsText] = process.argv.slice(2);
if (!path || !queriesPath) throw new Error('usage: measure.ts WORKSPACE QUERIES.json [RUNS]');
const runs = Number(runsText ?? '3');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as CapturedQuery[];

const worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
const reader = openReadOnly(path);
const analyze: number[] = [];
const sqlOnly: number[] = [];
const analyzeCpu: number[] = [];
// A fresh delay monitor per analysis run: the peer runs on this thread, and must not count.
const delayP99: number[] = [];
const delayMax: number[] = [];
try {
  // Warm-up: starts the worker and its side thread, opens their connections, fills the page cache.
  await worker.run('analyze', { path });
  replayInSqlite(reader, queries);
  for (let r = 0; r < runs; r++) {
    const cpuBefore = process.cpuUsage();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const started = performance.now();
    await worker.run('analyze', { path });
    analyze.push(performance.now() - started);
    delay.disable();
    delayP99.push(delay.percentile(99) / 1e6);
    delayMax.push(delay.max / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    analyzeCpu.push((cpu.user + cpu.system) / 1000);
    sqlOnly.push(replayInSqlite(reader, queries));
  }
} finally {
  reader.close();
  await worker.close();
}

process.stdout.write(
  `${JSON.stringify({
    analyzeRunsMs: analyze,
    sqlOnlyRunsMs: sqlOnly,
    analyzeMs: median(analyze),
    analyzeCpuMs: median(analyzeCpu),
    sqlOnlyMs: median(sqlOnly),
    queries: queries.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    eventLoopP99Ms: Math.max(...delayP99),
    eventLoopMaxMs: Math.max(...delayMax),
  })}\n`,
);
