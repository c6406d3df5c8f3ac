import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandIo {
  /** Machine-readable output and results: stdout. */
  out(text: string): void;
  /** Diagnostics and progress: stderr. */
  err(text: string): void;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Whether the command takes positional arguments (files, a sub-command). */
  positionals?: boolean;
  run(args: ParsedArgs, io: CommandIo): Promise<number> | number;
}

export const workspaceOption = {
  workspace: { type: 'string', short: 'w' },
} as const satisfies OptionSpec;
export const jsonOption = { json: { type: 'boolean' } } as const satisfies OptionSpec;
