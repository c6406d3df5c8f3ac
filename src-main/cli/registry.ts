import type { Command } from './command';
import { analysisCommands } from './commands/analysis-commands';
import { goalsCommand } from './commands/goal-commands';
import { importCommands } from './commands/import-commands';
import { profilesCommand } from './commands/profile-commands';
import { referencesCommand } from './commands/reference-commands';
import { rulesCommand } from './commands/rule-commands';
import { scenarioCommand } from './commands/scenario-commands';
import { segmentsCommand } from './commands/segment-commands';
import { settingsCommand } from './commands/settings-commands';
import { tiersCommand } from './commands/tier-commands';
import { coverageCommand, demoCommand, initCommand } from './commands/workspace-commands';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  demoCommand,
  ...importCommands,
  coverageCommand,
  ...analysisCommands,
  segmentsCommand,
  profilesCommand,
  tiersCommand,
  rulesCommand,
  referencesCommand,
  goalsCommand,
  scenarioCommand,
  settingsCommand,
];
