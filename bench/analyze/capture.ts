import { writeFileSync } from 'node:fs';
import { runAnalysis } from '../../src-main/analysis/engine/run-analysis';
import { openReadOnly } from '../../src-main/store/connections';
import { captureQueries } from './sql-baseline';

/**
 * Records every query one analysis of the workspace runs, with its parameters, into a JSON file:
 * `capture.ts WORKSPACE OUT.json`. Run in a process of its own, so the measuring process's peak
 * RSS stays the analysis's alone.
 */
const [path, out] = process.argv.slice(2);
if (!path || !out) throw new Error('usage: capture.ts WORKSPACE OUT.json');
const reader = openReadOnly(path);
try {
  const queries = captureQueries(reader, () => {
    reader.transaction(() => runAnalysis(reader, {}, { step: () => {} }))();
  });
  writeFileSync(out, JSON.stringify(queries));
} finally {
  reader.close();
}
