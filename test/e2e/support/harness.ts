import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { test } from '@playwright/test';
import { projectRoot, sampleWorkspaceEnv } from './paths';

export interface RunningHarness {
  /** The address with its token, as the harness printed it. */
  url: string;
  origin: string;
  token: string;
  workspace: string;
  stop(): Promise<void>;
}

const readyLine = /Advocate Lab web harness: (http:\/\/\S+)/;

/** A private copy of the sample workspace, in the folder given or else in a fresh one. */
export function copySampleWorkspace(folder?: string): string {
  const source = process.env[sampleWorkspaceEnv];
  if (!source || !existsSync(source))
    throw new Error('The global set-up did not prepare the sample workspace.');
  const dir = folder ?? mkdtempSync(join(tmpdir(), 'advocate-lab-e2e-copy-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(source));
  copyFileSync(source, target);
  return target;
}

/** Starts `npm run web`'s program on a workspace and waits for the one line it prints. */
export function startHarness(workspace: string): Promise<RunningHarness> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/web/harness-cli.ts', '--workspace', workspace],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    // Generous: the harness compiles its TypeScript as it starts, and a busy machine is slow.
    const timer = setTimeout(
      () => fail(new Error(`The harness did not start:\n${output}`)),
      45_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`The harness exited with ${code}:\n${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyLine.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const url = new URL(match[1]);
      resolve({
        url: url.href,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        workspace,
        stop: () => stop(child),
      });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * One harness for the spec file that calls this, on its own copy of the sample workspace and with
 * its own preferences, started before the file's first test and stopped after its last.
 */
export function useHarness(options: { folder?: string } = {}): () => RunningHarness {
  let harness: RunningHarness | undefined;
  let workspace: string | undefined;
  test.beforeAll(async () => {
    workspace = copySampleWorkspace(options.folder);
    harness = await startHarness(workspace);
  });
  // The copy goes even when the harness failed to start.
  test.afterAll(async () => {
    await harness?.stop();
    if (workspace) rmSync(dirname(workspace), { recursive: true, force: true });
  });
  return () => {
    if (!harness) throw new Error('The harness has not started.');
    return harness;
  };
}
