import type { Command } from './command';
import { analysisCommands } from './commands/analysis-commands';
import { importCommands } from './commands/import-commands';
import { coverageCommand, demoCommand, initCommand } from './commands/workspace-commands';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  demoCommand,
  ...importCommands,
  coverageCommand,
  ...analysisCommands,
];
