import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths';

/** Runs a command of the command line on a workspace with --json, as an independent reader. */
export function cliJson<T>(command: string[], workspace: string): T {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', ...command, '--workspace', workspace, '--json'],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`${command.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
