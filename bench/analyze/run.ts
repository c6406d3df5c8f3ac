import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sourceKinds } from '../../src-shared/model/sources';
import { openWorkspace } from '../../src-main/store/workspace';
import { prepareWorkspace } from './prepare-workspace';

/**
 * The analysis benchmark (DESIGN section 9): on generated workspaces, the wall time of a full
 * `analyze` in the analysis worker against the same aggregations summarised inside SQLite with
 * nothing returned to JavaScript (the ratio; target ≤ 2), the peak RSS, and the p99 delay of the
 * main thread's event loop while the worker runs (target < 16 ms). A second, stronger peer is
 * DuckDB computing the same per-account aggregates from the same rows (`duckdb-peer.ts`), in a
 * process of its own, its rows loaded before timing.
 *
 *   npm run bench:analyze -- [--sizes 100000,1000000] [--runs 3]
 *
 * Workspaces are generated once into bench/.data and reused.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const sizes = option('sizes', '100000').split(',').map(Number);
const runs = option('runs', '3');
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Measurement {
  analyzeRunsMs: number[];
  sqlOnlyRunsMs: number[];
  analyzeMs: number;
  analyzeCpuMs: number;
  sqlOnlyMs: number;
  queries: number;
  peakRssMb: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
}

const tableRows = (path: string) => {
  const ws = openWorkspace(path);
  try {
    // Every canonical table but the MRR movements, which the sample derives and does not import.
    return sourceKinds
      .filter((t) => t !== 'mrr_movements')
      .map((t) => ws.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number)
      .reduce((a, b) => a + b, 0);
  } finally {
    ws.close();
  }
};

interface DuckDbMeasurement {
  runsMs: number[];
  peakRssMb: number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const results: (Measurement & {
  accounts: number;
  rows: number;
  ratio: number;
  duckDbMs: number;
  duckDbRatio: number;
})[] = [];
for (const accounts of sizes) {
  log(`${accounts.toLocaleString('en-US')} accounts`);
  const path = prepareWorkspace(accounts, log);
  const rows = tableRows(path);
  const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
  // The peer's queries are recorded in a process of their own, before the measurement.
  const queries = `${path}.queries.json`;
  execFileSync(process.execPath, [...process.execArgv, script('./capture.ts'), path, queries], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, script('./measure.ts'), path, queries, runs],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  const m = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Measurement;
  log(
    `  analyze ${m.analyzeRunsMs.map((t) => (t / 1000).toFixed(2)).join(', ')} s; SQLite alone ${m.sqlOnlyRunsMs.map((t) => (t / 1000).toFixed(2)).join(', ')} s (${m.queries} queries)`,
  );
  // The ratio of each run to the peer's run beside it, then the median: load that changes between
  // runs falls on both sides of each ratio.
  const ratios = m.analyzeRunsMs
    .map((t, r) => t / (m.sqlOnlyRunsMs[r] as number))
    .sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)] as number;
  const duck = JSON.parse(
    execFileSync(
      process.execPath,
      [...process.execArgv, script('./measure-duckdb.ts'), path, runs],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
      .trim()
      .split('\n')
      .at(-1) ?? '{}',
  ) as DuckDbMeasurement;
  const duckDbMs = median(duck.runsMs);
  log(`  DuckDB ${duck.runsMs.map((t) => (t / 1000).toFixed(2)).join(', ')} s`);
  results.push({ accounts, rows, ratio, duckDbMs, duckDbRatio: m.analyzeMs / duckDbMs, ...m });
}

const cpu = cpus();
log(
  `\nNode ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}; median of ${runs} runs`,
);
log(
  'accounts   rows in tables  analyze (s)  CPU (s)  SQLite alone (s)  ratio  DuckDB (s)  ÷ DuckDB  peak RSS (MB)  loop p99 (ms)  loop max (ms)',
);
for (const r of results) {
  log(
    [
      r.accounts.toLocaleString('en-US').padEnd(9),
      r.rows.toLocaleString('en-US').padStart(14),
      (r.analyzeMs / 1000).toFixed(2).padStart(11),
      (r.analyzeCpuMs / 1000).toFixed(2).padStart(7),
      (r.sqlOnlyMs / 1000).toFixed(2).padStart(16),
      r.ratio.toFixed(2).padStart(5),
      (r.duckDbMs / 1000).toFixed(2).padStart(10),
      r.duckDbRatio.toFixed(2).padStart(8),
      r.peakRssMb.toFixed(0).padStart(13),
      r.eventLoopP99Ms.toFixed(1).padStart(13),
      r.eventLoopMaxMs.toFixed(1).padStart(13),
    ].join('  '),
  );
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
