import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleExports } from '../../sample-generator/generate';
import { importSampleExports } from '../../src-main/import/sample/import-sample';
import { openWorkspace } from '../../src-main/store/workspace';

export const dataDir = new URL('../.data/', import.meta.url).pathname;

const SEED = 20261122;

/**
 * The generated company at `accounts` accounts as a workspace, made once and reused: the sample
 * generator's CSV exports, imported through the real import pipeline, so the workspace holds what
 * the product would. Returns the workspace's path.
 */
export function prepareWorkspace(accounts: number, log: (line: string) => void): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `analyze-${accounts}.sqlite`);
  if (existsSync(path)) return path;
  const csvDir = join(dataDir, `sample-${accounts}`);
  if (!existsSync(join(csvDir, 'cs-costs.csv'))) {
    const started = Date.now();
    const summary = generateSampleExports({ accounts, seed: SEED, outDir: csvDir });
    const rows = summary.files.reduce((sum, f) => sum + f.rows, 0);
    log(
      `generated ${rows.toLocaleString('en-US')} rows for ${accounts.toLocaleString('en-US')} accounts in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  const started = Date.now();
  const ws = openWorkspace(partial, { create: true });
  try {
    const result = importSampleExports(ws.db, csvDir);
    for (const file of result.files)
      log(`  imported ${file.file}: ${file.read.toLocaleString('en-US')} rows`);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    ws.close();
  }
  renameSync(partial, path);
  log(`imported the workspace in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return path;
}
