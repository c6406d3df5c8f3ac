import { parseArgs } from 'node:util';
import { InputError, UsageError, exitCodes } from './cli-error';
import type { CommandIo } from './command';
import { commands } from './registry';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Advocate Lab command line',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    ...commands.map(
      (c) => `  ${c.name.padEnd(width)}${c.summary}\n  ${' '.repeat(width)}${c.usage}`,
    ),
    '',
    'Exit codes: 0 success, 1 bad input, 2 usage error. --json prints machine-readable output on stdout.',
  ].join('\n');
}

/**
 * Runs one command and returns its exit code; `main` hands it the process's streams, and tests
 * call it in-process with their own.
 */
export async function runCli(argv: readonly string[], out: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.out(help());
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    out.err(`Unknown command: ${name}\n\n${help()}`);
    return exitCodes.usage;
  }
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    if (parsed.values.help) {
      out.out(`${command.summary}\n\nUsage: npm run cli -- ${command.usage}`);
      return exitCodes.ok;
    }
    return await command.run(parsed, out);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      out.err(`${(error as Error).message}\nUsage: npm run cli -- ${command.usage}`);
      return exitCodes.usage;
    }
    if (error instanceof InputError) {
      out.err(error.message);
      return exitCodes.badInput;
    }
    out.err(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
    return exitCodes.badInput;
  }
}
