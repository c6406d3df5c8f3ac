import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSubscriptions } from './generate-subscriptions';
import { shellImportMs, shellVersion } from './shell-import';

/**
 * The import benchmark (DESIGN section 9, issue 3): a generated subscriptions export of a million
 * rows (about 120 MB, twelve columns, quoted fields holding commas, quotes and line breaks)
 * imported into a fresh workspace as the app does it, against the `sqlite3` shell's `.import
 * --csv` of the same file into the keyed table followed by `CREATE INDEX` (the ratio; target ≤ 1.0), with parse-only and insert-only times, peak
 * RSS against the file's size (target under 300 MB for a 1 GB file) and the p99 delay of the event
 * loop of the thread that owns IPC (target under 16 ms); then the levers, one at a time.
 *
 *   npm run bench:import -- [--rows 1000000] [--runs 3] [--no-levers] [--no-shell] [--no-phases]
 *
 * `--rows 8600000 --runs 1 --no-levers --no-shell --no-phases` checks peak RSS on a 1 GB file.
 * The file is generated once into bench/.data and reused.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const rows = Number(option('rows', '1000000'));
const runs = Number(option('runs', '3'));
const levers = !args.includes('--no-levers');
const withShell = !args.includes('--no-shell');
const withPhases = !args.includes('--no-phases');
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const data = here('../.data');
mkdirSync(data, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const csv = join(data, `subscriptions-${rows}.csv`);
if (!existsSync(csv)) {
  log(`generating ${csv}`);
  await writeSubscriptions(csv, rows);
}
const fileMb = statSync(csv).size / 1048576;
log(`${rows.toLocaleString('en-US')} rows, ${fileMb.toFixed(1)} MB`);

interface ImportMeasure {
  wallMs: number;
  rows: number;
  peakRssMb: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
}
const child = <T>(script: string, ...childArgs: string[]): T => {
  const output = execFileSync(process.execPath, [...process.execArgv, here(script), ...childArgs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as T;
};
const workspace = join(data, 'import-bench.sqlite');

const shell: number[] = [];
const app: ImportMeasure[] = [];
for (let r = 0; r < runs; r++) {
  const peer = withShell ? shellImportMs(csv, join(data, 'shell-import.db')) : null;
  if (peer !== null) shell.push(peer);
  const ours = child<ImportMeasure>('./measure-import.ts', csv, workspace, 'worker');
  if (ours.rows !== rows) throw new Error(`imported ${ours.rows} rows of ${rows}`);
  app.push(ours);
  log(
    `  run ${r + 1}: app ${seconds(ours.wallMs)}${peer === null ? '' : `, sqlite3 shell ${seconds(peer)}`}`,
  );
}
const phases = withPhases
  ? child<{ parseOnlyMs: number; insertOnlyMs: number }>('./measure-phases.ts', csv, workspace)
  : { parseOnlyMs: NaN, insertOnlyMs: NaN };
const appMs = median(app.map((m) => m.wallMs));
const shellMs = shell.length > 0 ? median(shell) : NaN;
// The shell's slowest way, for comparison with earlier figures: the index filled row by row.
const indexFirstMs = withShell
  ? (shellImportMs(csv, join(data, 'shell-import.db'), true) ?? NaN)
  : NaN;

const lines = [
  `| measure | value |`,
  `|---|---|`,
  `| import, as the app does it (worker), median of ${runs} | ${seconds(appMs)} (${Math.round(rows / (appMs / 1000)).toLocaleString('en-US')} rows/s) |`,
  `| \`sqlite3\` shell ${shellVersion() ?? '(not installed)'} \`.import --csv\` into the keyed table, then \`CREATE INDEX\`, median of ${shell.length} | ${Number.isNaN(shellMs) ? '—' : seconds(shellMs)} |`,
  `| ratio app ÷ shell (target ≤ 1.0) | ${Number.isNaN(shellMs) ? '—' : (appMs / shellMs).toFixed(2)} |`,
  `| shell with the index filled row by row during \`.import\` (one run) | ${Number.isNaN(indexFirstMs) ? '—' : seconds(indexFirstMs)} |`,
  `| parse only (decode, parse, map, type, validate) | ${seconds(phases.parseOnlyMs)} |`,
  `| insert only (writes, index build, commit) | ${seconds(phases.insertOnlyMs)} |`,
  `| peak RSS of the app process (main + worker) | ${Math.max(...app.map((m) => m.peakRssMb)).toFixed(0)} MB for a ${fileMb.toFixed(0)} MB file |`,
  `| event-loop delay of the IPC thread, p99 / max | ${median(app.map((m) => m.eventLoopP99Ms)).toFixed(1)} ms / ${Math.max(...app.map((m) => m.eventLoopMaxMs)).toFixed(1)} ms |`,
];

if (levers) {
  log('levers (one run each, on the command line path)');
  const lever = (label: string, ...leverArgs: string[]) => {
    const m = child<ImportMeasure>('./measure-import.ts', csv, workspace, 'direct', ...leverArgs);
    log(`  ${label}: ${seconds(m.wallMs)}`);
    return `| ${label} | ${seconds(m.wallMs)} | ${m.eventLoopMaxMs.toFixed(0)} ms |`;
  };
  lines.push(
    '',
    '| lever (same import on the calling thread) | import | longest event-loop stall |',
    '|---|---|---|',
    lever('as shipped: one INSERT per row, indexes built at the end, WAL', '1', 'true', 'wal'),
    lever('multi-row INSERT, 256 rows a statement', '256', 'true', 'wal'),
    lever('indexes kept and filled row by row', '1', 'false', 'wal'),
    lever('rollback journal (DELETE) instead of WAL', '1', 'true', 'delete'),
  );
}

const cpu = cpus();
lines.push('', `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}.`);
process.stdout.write(`${lines.join('\n')}\n`);
