import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXlsx } from '../../test/helpers/xlsx-reader';
import { dataDir, exportQuery, prepareExportWorkspace } from './prepare-workspace';

/**
 * The export benchmark (issue 9): 1,000,000 rows × 15 columns read from a workspace and written as
 * CSV and as XLSX by the app's export writer, each in a process of its own, with wall time and peak
 * RSS (target under 300 MB), against the `sqlite3` shell writing the same query with `.mode csv`
 * and `.once FILE` in the same run. The XLSX is then opened by a second reader (Python's zipfile
 * and XML parser), which counts its rows.
 *
 *   npm run bench:export -- [--rows 1000000] [--runs 1]
 *
 * The workspace is made once into bench/.data (from the import benchmark's generated file, through
 * the real import) and reused.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const rows = Number(option('rows', '1000000'));
const runs = Number(option('runs', '1'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

interface Measure {
  wallMs: number;
  rows: number;
  bytes: number;
  peakRssMb: number;
}

const workspace = await prepareExportWorkspace(rows, log);

function appExport(format: 'csv' | 'xlsx', out: string): Measure {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, here('./measure-export.ts'), workspace, format, out],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Measure;
}

/** The shell in a Python parent that reports the child's wall time and peak RSS (getrusage). */
const timedShell = `
import resource, subprocess, sys, time
started = time.monotonic()
subprocess.run(sys.argv[1:], check=True)
print(time.monotonic() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
`;

function shellExport(out: string): Measure {
  rmSync(out, { force: true });
  const run = spawnSync(
    'python3',
    [
      '-c',
      timedShell,
      'sqlite3',
      '-readonly',
      workspace,
      '.headers on',
      '.mode csv',
      `.once ${out}`,
      exportQuery.replace(/\s+/g, ' '),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr}`);
  const [secondsText, rssKb] = run.stdout.trim().split(' ');
  return {
    wallMs: Number(secondsText) * 1000,
    rows,
    bytes: readFileSync(out).length,
    peakRssMb: Number(rssKb) / 1024,
  };
}

const shellVersion = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' }).stdout.split(' ')[0];
const cpu = (
  readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ??
  cpus()[0]?.model ??
  '?'
).trim();
log(
  `${rows.toLocaleString('en-US')} rows × 15 columns, ${runs} run(s); ${cpus().length} cores (${cpu}), Node ${process.version}, sqlite3 ${shellVersion}`,
);

const files = {
  csv: join(dataDir, 'export-bench.csv'),
  xlsx: join(dataDir, 'export-bench.xlsx'),
  shell: join(dataDir, 'export-bench-shell.csv'),
};
const measured: Record<'csv' | 'xlsx' | 'shell', Measure[]> = { csv: [], xlsx: [], shell: [] };
for (let run = 0; run < runs; run++) {
  measured.shell.push(shellExport(files.shell));
  log(`  sqlite3 .mode csv: ${seconds(measured.shell.at(-1)?.wallMs ?? NaN)}`);
  measured.csv.push(appExport('csv', files.csv));
  log(`  app CSV: ${seconds(measured.csv.at(-1)?.wallMs ?? NaN)}`);
  measured.xlsx.push(appExport('xlsx', files.xlsx));
  log(`  app XLSX: ${seconds(measured.xlsx.at(-1)?.wallMs ?? NaN)}`);
}

const verifyStarted = performance.now();
const book = readXlsx(files.xlsx, true);
const sheet = book.sheets[0];
const xlsxOk = book.bad === null && sheet?.count === rows + 1 && sheet.last === rows + 1;
log(
  `  second reader (python3 zipfile + ElementTree): ${sheet?.count ?? 0} rows, CRCs ${book.bad === null ? 'good' : `bad at ${book.bad}`}, ${seconds(performance.now() - verifyStarted)}`,
);

const summary = (list: Measure[]) => ({
  wallMs: median(list.map((m) => m.wallMs)),
  peakRssMb: Math.max(...list.map((m) => m.peakRssMb)),
  bytes: list.at(-1)?.bytes ?? 0,
  rows: list.at(-1)?.rows ?? 0,
});
const shell = summary(measured.shell);
const lines = [
  `| export | time | ratio to the shell | peak RSS | file | rows |`,
  `| --- | --- | --- | --- | --- | --- |`,
  `| \`sqlite3\` shell, \`.mode csv\` + \`.once\` | ${seconds(shell.wallMs)} | 1.00 | ${shell.peakRssMb.toFixed(0)} MB | ${mb(shell.bytes)} | ${rows} |`,
  ...(['csv', 'xlsx'] as const).map((format) => {
    const s = summary(measured[format]);
    return `| app, ${format.toUpperCase()} | ${seconds(s.wallMs)} | ${(s.wallMs / shell.wallMs).toFixed(2)} | ${s.peakRssMb.toFixed(0)} MB | ${mb(s.bytes)} | ${s.rows} |`;
  }),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(
  `XLSX opened by a second reader: ${xlsxOk ? 'yes' : 'NO'}, ${sheet?.count ?? 0} rows (header included)\n`,
);
for (const file of Object.values(files)) rmSync(file, { force: true });
if (!xlsxOk) process.exitCode = 1;
