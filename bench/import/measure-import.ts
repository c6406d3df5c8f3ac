import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { importFile } from '../../src-main/import/pipeline/import-file';
import { openWorkspace } from '../../src-main/store/workspace';
import type { Jobs } from '../../src-main/session/jobs';
import { sourceWorkerLaunch } from '../../src-main/session/worker-launch';
import { AnalysisWorker } from '../../src-main/worker/client';

/**
 * One import of CSV into a fresh workspace, in a process of its own so that its peak RSS is the
 * import's alone. Prints one JSON line on stdout.
 *
 *   measure-import.ts CSV WORKSPACE worker
 *     as the app does it: the workspace open on this (the IPC) thread, the import in the
 *     analysis worker; the event-loop delay of this thread is measured throughout.
 *   measure-import.ts CSV WORKSPACE direct [batchRows] [deferIndexes] [journal]
 *     as the command line does it, on this thread, with the benchmark's levers.
 */
const [csv, workspace, mode = 'worker', batchRows = '1', defer = 'true', journal = 'wal'] =
  process.argv.slice(2);
if (!csv || !workspace) throw new Error('usage: measure-import.ts CSV WORKSPACE [worker|direct] …');
for (const suffix of ['', '-wal', '-shm', '-journal'])
  rmSync(`${workspace}${suffix}`, { force: true });

const ws = openWorkspace(workspace, { create: true });
const delay = monitorEventLoopDelay({ resolution: 1 });
let rows: number;
let wallMs: number;
if (mode === 'worker') {
  const worker = new AnalysisWorker<Jobs>(sourceWorkerLaunch());
  await worker.run('import-runs', { path: workspace }); // starts the worker and its connections
  delay.enable();
  const started = performance.now();
  const [outcome] = await worker.run('import-files', { path: workspace, files: [{ path: csv }] });
  wallMs = performance.now() - started;
  delay.disable();
  await worker.close();
  if (!outcome?.ok) throw new Error(outcome?.failure.message ?? 'no outcome');
  rows = outcome.result.inserted;
} else {
  if (journal !== 'wal') ws.db.pragma(`journal_mode = ${journal}`);
  delay.enable();
  // One turn of the loop first, so that the monitor has a tick to measure the stall from.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  const result = importFile(
    ws.db,
    csv,
    {},
    {
      progress: () => {},
      throwIfCancelled: () => {},
      batchRows: Number(batchRows),
      deferIndexes: defer === 'true',
    },
  );
  wallMs = performance.now() - started;
  // The loop runs again only now: the delay it records is the stall the import caused.
  await new Promise((resolve) => setTimeout(resolve, 5));
  delay.disable();
  rows = result.inserted;
}
ws.close();
process.stdout.write(
  `${JSON.stringify({
    mode,
    wallMs,
    rows,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    eventLoopP99Ms: delay.percentile(99) / 1e6,
    eventLoopMaxMs: delay.max / 1e6,
  })}\n`,
);
