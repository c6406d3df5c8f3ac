import { runCli } from '../../src-main/cli/run-cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs one command in-process and keeps what it printed on stdout and stderr. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a command that must succeed with --json, and parses what it printed. */
export async function cliJson<T>(...argv: string[]): Promise<T> {
  const run = await cli(...argv, '--json');
  if (run.code !== 0) throw new Error(`${argv.join(' ')} exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out) as T;
}
