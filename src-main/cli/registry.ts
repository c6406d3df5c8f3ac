import type { Command } from './command';
import { coverageCommand, demoCommand, initCommand } from './commands/workspace-commands';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [initCommand, demoCommand, coverageCommand];
