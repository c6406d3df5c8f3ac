import { latestDataDate } from '../../src-main/analysis/status/as-of';
import { openReadOnly } from '../../src-main/store/connections';
import { duckDbPeer, loadIntoDuckDb } from './duckdb-peer';

/**
 * The DuckDB peer's runs, in a process of their own: `measure-duckdb.ts WORKSPACE RUNS` loads the
 * workspace's rows into DuckDB (once; untimed), warms up, and prints a JSON line with each run's
 * wall time and the process's peak RSS.
 */
const [path, runsText] = process.argv.slice(2);
if (!path) throw new Error('usage: measure-duckdb.ts WORKSPACE [RUNS]');
const runs = Number(runsText ?? '3');
const log = (line: string) => process.stderr.write(`${line}\n`);

const reader = openReadOnly(path);
// The engine's own as-of date: the latest date in the data.
const asOf = latestDataDate(reader);
reader.close();
if (asOf === null) throw new Error(`${path} holds no dated data`);

const file = await loadIntoDuckDb(path, log);
const peer = await duckDbPeer(file, asOf);
const runsMs: number[] = [];
try {
  await peer.run();
  for (let r = 0; r < runs; r++) runsMs.push(await peer.run());
} finally {
  peer.close();
}
process.stdout.write(
  `${JSON.stringify({ runsMs, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
