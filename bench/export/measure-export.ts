import type { CellValue } from '../../src-main/export/table';
import { writeExport } from '../../src-main/export/write-export';
import { openReadOnly } from '../../src-main/store/connections';
import { exportQuery } from './prepare-workspace';

/**
 * One export in a process of its own, so that its peak RSS is its own: the query's rows stream
 * from the workspace one at a time into the app's export writer (CSV or XLSX, written atomically).
 * Prints a JSON line: wall time, rows, bytes and peak RSS.
 *
 *   tsx bench/export/measure-export.ts WORKSPACE csv|xlsx OUT
 */
const [workspace, format, out] = process.argv.slice(2);
if (!workspace || (format !== 'csv' && format !== 'xlsx') || !out)
  throw new Error('usage: measure-export.ts WORKSPACE csv|xlsx OUT');
const db = openReadOnly(workspace);
const statement = db.prepare(exportQuery).raw();
const headers = statement.columns().map((c) => c.name);
const started = performance.now();
const written = await writeExport(
  { name: 'Subscriptions', headers, rows: statement.iterate() as Iterable<CellValue[]> },
  format,
  out,
  { replace: true, protect: [workspace] },
);
const wallMs = performance.now() - started;
db.close();
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    rows: written.rows,
    bytes: written.bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
