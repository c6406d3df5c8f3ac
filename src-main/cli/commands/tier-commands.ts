import { readTiers, saveTiers } from '../../analysis/settings/tiers';
import { flag } from '../args';
import { UsageError } from '../cli-error';
import { jsonOption, workspaceOption, type Command } from '../command';
import { formatTiers } from '../format/settings-text';
import { withWorkspace } from '../workspace-access';
import {
  asInputError,
  json,
  numberOption,
  onlyWith,
  subcommand,
  validRequest,
} from './analysis-edits';

/** The thresholds an analyst sets: the lowest score of each tier but the last (At risk). */
const thresholds = ['champion', 'advocate', 'neutral'] as const;

export const tiersCommand: Command = {
  name: 'tiers',
  summary: 'advocate tier thresholds; `tiers set` changes them',
  usage: 'tiers [set [--champion N] [--advocate N] [--neutral N]] --workspace W [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    champion: { type: 'string' },
    advocate: { type: 'string' },
    neutral: { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'tiers', ['set']);
    if (operands.length > 0) throw new UsageError('tiers set takes options, not operands.');
    if (verb === undefined) onlyWith(args, thresholds, 'tiers set');
    const given = thresholds.map((t) => [t, numberOption(args, t)] as const);
    if (verb === 'set' && given.every(([, value]) => value === undefined))
      throw new UsageError('tiers set needs at least one of --champion, --advocate, --neutral.');
    return withWorkspace(args, (ws) => {
      let tiers = readTiers(ws.db);
      if (verb === 'set') {
        // A threshold not given keeps its value; the engine judges the three together.
        const wanted = { ...tiers };
        for (const [tier, value] of given) if (value !== undefined) wanted[tier] = value;
        const request = validRequest('analysis:tiers-save', wanted, (path) => `--${path}`);
        tiers = asInputError(() => saveTiers(ws.db, request));
      }
      if (flag(args, 'json')) io.out(json(tiers));
      else
        io.out(
          `${formatTiers(tiers)}${verb === 'set' ? '\n\nSaved. Results tiered with other thresholds are analysed again by the next command that reads them.' : ''}`,
        );
      return 0;
    });
  },
};
