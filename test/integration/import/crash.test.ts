import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeSubscriptions } from '../../../bench/import/generate-subscriptions';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { importOne, snapshot } from './support';

const root = join(import.meta.dirname, '../../..');

/** Starts the command-line import in a child process and kills it with SIGKILL once it is well under way. */
function importAndKill(
  workspace: string,
  file: string,
  atPercent: number,
): Promise<{ killedAt: number; walBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src-main/cli/main.ts', 'import', '--workspace', workspace, file],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let killedAt = -1;
    let walBytes = 0;
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
      const percents = [...stderr.matchAll(/: (\d+)% \(/g)].map((m) => Number(m[1]));
      const latest = percents.at(-1) ?? 0;
      if (killedAt < 0 && latest >= atPercent && latest < 100) {
        killedAt = latest;
        walBytes = existsSync(`${workspace}-wal`) ? statSync(`${workspace}-wal`).size : 0;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killedAt, walBytes });
      else
        reject(
          new Error(
            `the import ended by itself (code ${String(code)}) before it could be killed:\n${stderr}`,
          ),
        );
    });
  });
}

describe('a crash in the middle of an import', () => {
  const tempDir = useTempDir();

  it('leaves a workspace that passes integrity_check and holds exactly the state before the import', async () => {
    const dir = tempDir();
    const workspace = join(dir, 'w.sqlite');
    const before = join(dir, 'before.csv');
    writeFileSync(
      before,
      'subscription_id,account_id,plan,start_date,mrr\nS-1,A-1,Pro,2024-01-01,99\nS-2,A-2,Basic,2024-02-01,19\n',
    );
    const ws = openWorkspace(workspace, { create: true });
    importOne(ws.db, before);
    const state = snapshot(ws.db);
    ws.close();

    const big = join(dir, 'subscriptions.csv');
    await writeSubscriptions(big, 200_000);
    const { killedAt, walBytes } = await importAndKill(workspace, big, 40);
    expect(killedAt).toBeGreaterThanOrEqual(40);
    // The import had written pages of its transaction to the log when it was killed.
    expect(walBytes).toBeGreaterThan(0);

    const check = new Database(workspace, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const reopened = openWorkspace(workspace);
    try {
      expect(snapshot(reopened.db)).toEqual(state);
      // Nothing is left locked or half-done: the same file imports afterwards.
      expect(importOne(reopened.db, before)).toMatchObject({ unchanged: 2 });
    } finally {
      reopened.close();
    }
  });
});
