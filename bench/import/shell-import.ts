import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { subscriptionHeader } from './generate-subscriptions';

/**
 * The peer: the `sqlite3` shell's `.import --csv` of the same file into an equivalent table (the
 * file's columns, the subscriptions table's key), then `CREATE INDEX` of the same secondary index,
 * timed together, in a fresh database as the shell makes it (rollback journal, its default
 * settings). This is how a skilled user loads a file with the shell: into the keyed table, the
 * index built afterwards. With `indexFirst`, the index exists before the import and is filled row
 * by row in random key order, the shell's slowest way, kept as a second line for comparison.
 * Returns the wall time in ms, or null when the shell is not installed.
 */
export function shellImportMs(csv: string, database: string, indexFirst = false): number | null {
  for (const suffix of ['', '-journal', '-wal', '-shm'])
    rmSync(`${database}${suffix}`, { force: true });
  const columns = subscriptionHeader
    .map((c, i) => (i === 0 ? `${c} TEXT PRIMARY KEY` : c === 'mrr' ? `${c} REAL` : `${c} TEXT`))
    .join(', ');
  const index = 'CREATE INDEX subscriptions_account ON subscriptions(account_id, start_date);';
  const schema = `CREATE TABLE subscriptions (${columns});${indexFirst ? index : ''}`;
  const create = spawnSync('sqlite3', [database, schema], { encoding: 'utf8' });
  if (create.error) return null;
  const started = performance.now();
  const commands = [`.import --csv --skip 1 ${csv} subscriptions`, ...(indexFirst ? [] : [index])];
  const run = spawnSync('sqlite3', [database, ...commands], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  return ms;
}

export function shellVersion(): string | null {
  const run = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  return run.error ? null : (run.stdout.split(' ')[0] ?? null);
}
