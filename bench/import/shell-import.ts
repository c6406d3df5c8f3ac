import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { subscriptionHeader } from './generate-subscriptions';

/**
 * The peer: the `sqlite3` shell's `.import --csv` of the same file into an equivalent table, the
 * columns of the file with the subscriptions table's key and index, in a fresh database as the
 * shell makes it (rollback journal, its default settings). Returns the wall time in ms, or null
 * when the shell is not installed.
 */
export function shellImportMs(csv: string, database: string): number | null {
  for (const suffix of ['', '-journal', '-wal', '-shm'])
    rmSync(`${database}${suffix}`, { force: true });
  const columns = subscriptionHeader
    .map((c, i) => (i === 0 ? `${c} TEXT PRIMARY KEY` : c === 'mrr' ? `${c} REAL` : `${c} TEXT`))
    .join(', ');
  const schema = `CREATE TABLE subscriptions (${columns}); CREATE INDEX subscriptions_account ON subscriptions(account_id, start_date);`;
  const create = spawnSync('sqlite3', [database, schema], { encoding: 'utf8' });
  if (create.error) return null;
  const started = performance.now();
  const run = spawnSync('sqlite3', [database, `.import --csv --skip 1 ${csv} subscriptions`], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return ms;
}

export function shellVersion(): string | null {
  const run = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  return run.error ? null : (run.stdout.split(' ')[0] ?? null);
}
