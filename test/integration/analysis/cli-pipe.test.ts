import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli-run';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

const root = join(import.meta.dirname, '../../..');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  received: number;
  stderr: string;
}

/**
 * Runs the command line in a child process, as `npm run cli` does, with its stdout piped into a
 * reader that, like `head`, closes the pipe after the first chunk it reads.
 */
function pipedIntoHead(argv: readonly string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/cli/main.ts', ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let received = 0;
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, received, stderr }));
  });
}

describe('the command line piped into a reader that stops early', () => {
  const sample = useShippedSampleWorkspace();
  let path = '';
  let fullLength = 0;

  beforeAll(async () => {
    path = sample().workspace.path;
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);
    const full = await cli('advocates', '--workspace', path, '--json');
    expect(full.code).toBe(0);
    fullLength = Buffer.byteLength(full.out);
  });

  it('stops writing quietly and exits 0, as other command-line tools do', async () => {
    // Far more than any pipe buffers, so the reader really goes away mid-output.
    expect(fullLength).toBeGreaterThan(2_000_000);
    const run = await pipedIntoHead(['advocates', '--workspace', path, '--json']);
    expect(run.received).toBeGreaterThan(0);
    expect(run.received).toBeLessThan(fullLength);
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0, signal: null });
  });
});
