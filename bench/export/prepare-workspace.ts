import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../../src-main/import/pipeline/import-files';
import { openWorkspace } from '../../src-main/store/workspace';
import { writeSubscriptions } from '../import/generate-subscriptions';

export const dataDir = fileURLToPath(new URL('../.data/', import.meta.url));

/**
 * A workspace holding `rows` subscriptions, made once and reused: the import benchmark's generated
 * subscriptions export (shared with it under bench/.data), imported through the real import
 * pipeline, so the workspace holds what the product would. Returns the workspace's path.
 */
export async function prepareExportWorkspace(
  rows: number,
  log: (line: string) => void,
): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, `export-${rows}.sqlite`);
  if (existsSync(path)) return path;
  const csv = join(dataDir, `subscriptions-${rows}.csv`);
  if (!existsSync(csv)) {
    log(`generating ${csv}`);
    await writeSubscriptions(csv, rows);
  }
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const started = Date.now();
  const ws = openWorkspace(partial, { create: true });
  try {
    const [outcome] = importFiles(ws.db, [{ path: csv, options: { kind: 'subscriptions' } }], {
      progress: () => {},
      throwIfCancelled: () => {},
    });
    if (!outcome?.ok) throw new Error(`import failed: ${outcome?.failure.message ?? 'no outcome'}`);
    log(`imported ${outcome.result.inserted.toLocaleString('en-US')} subscriptions`);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    ws.close();
  }
  renameSync(partial, path);
  log(`prepared the workspace in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return path;
}

/**
 * The exported list: fifteen columns of every subscription, stored and derived, as both the app's
 * writer and the `sqlite3` shell read it.
 */
export const exportQuery = `SELECT subscription_id, account_id, plan, start_date, end_date, mrr,
  currency, billing_interval, status, cancel_reason,
  json_extract(extra, '$.seats') AS seats, json_extract(extra, '$.notes') AS notes,
  round(mrr * 12, 2) AS arr,
  julianday(coalesce(end_date, '2026-12-01')) - julianday(start_date) AS days,
  import_run_id
FROM subscriptions ORDER BY subscription_id`;
