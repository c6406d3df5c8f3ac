import { signalNames } from '../../../src-shared/model/analysis/score';
import {
  activeProfile,
  chooseProfile,
  deleteProfile,
  listProfiles,
  saveProfile,
  validateWeights,
} from '../../analysis/score/profiles';
import { readStamp } from '../../analysis/store/results-reader';
import { flag, optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import { jsonOption, workspaceOption, type Command } from '../command';
import { formatProfile, formatProfiles } from '../format/settings-text';
import { withWorkspace } from '../workspace-access';
import {
  asInputError,
  json,
  onlyWith,
  oneOperand,
  subcommand,
  validRequest,
} from './analysis-edits';

/**
 * `--weights nps=2,health=1`: the signals named and their weights. The engine judges the names
 * and values, so its messages are the ones the analyst reads; only the list's own shape is
 * checked here.
 */
function parseWeights(text: string): Record<string, number> {
  // No prototype: a signal named "__proto__" or "constructor" is a name like any other, judged
  // unknown by the engine, not a property every object has.
  const weights = Object.create(null) as Record<string, number>;
  for (const pair of text.split(',')) {
    const [signal = '', value, ...extra] = pair.split('=').map((s) => s.trim());
    if (signal === '' || value === undefined || extra.length > 0)
      throw new InputError(
        `--weights takes signal=weight pairs separated by commas (for example nps=2,health=1); "${pair}" is not one.`,
      );
    if (signal in weights) throw new InputError(`--weights names ${signal} twice.`);
    weights[signal] = value === '' ? Number.NaN : Number(value);
  }
  return weights;
}

export const profilesCommand: Command = {
  name: 'profiles',
  summary: 'weight profiles of the advocate score; save, delete or choose the one `analyze` uses',
  usage:
    'profiles [save NAME --weights SIGNAL=W,... | delete NAME | use NAME] --workspace W [--json]',
  options: { ...workspaceOption, ...jsonOption, weights: { type: 'string' } },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'profiles', ['save', 'delete', 'use']);
    if (verb !== 'save') onlyWith(args, ['weights'], 'profiles save');
    const name = verb === undefined ? '' : oneOperand(operands, 'profile name', `profiles ${verb}`);
    const weightList = optionalString(args, 'weights');
    if (verb === 'save' && weightList === undefined)
      throw new UsageError(
        `--weights is required: pairs of ${signalNames.join(', ')} and a weight.`,
      );
    return withWorkspace(args, (ws) => {
      const db = ws.db;
      if (verb === 'save') {
        const weights = parseWeights(weightList ?? '');
        asInputError(() => validateWeights(weights));
        const request = validRequest('analysis:profile-save', { name, weights }, (path) =>
          path === 'name' ? 'The profile name' : `--weights ${path.replace('weights.', '')}`,
        );
        const profile = asInputError(() => saveProfile(db, request.name, request.weights));
        io.out(flag(args, 'json') ? json(profile) : formatProfile(profile, 'Saved'));
      } else if (verb === 'delete') {
        const wasActive = activeProfile(db).name === name;
        const deleted = asInputError(() => deleteProfile(db, name));
        if (!deleted) throw new InputError(`No saved score profile is named "${name}".`);
        const active = activeProfile(db).name;
        if (flag(args, 'json')) io.out(json({ deleted, name, active }));
        else
          io.out(
            `Deleted the score profile "${name}".${wasActive ? ` It was the active one; "${active}" is active now.` : ''}`,
          );
      } else if (verb === 'use') {
        const profile = asInputError(() => chooseProfile(db, name));
        // Results scored with the active profile go stale when another is chosen: commands that
        // read them analyse again. A run asked for a profile by name keeps it.
        const stamp = readStamp(db);
        const next =
          stamp === null || stamp.profile === profile.name
            ? 'The next `analyze` scores with it.'
            : stamp.profileFixed
              ? `The stored scores were asked for with "${stamp.profile}" and stay so until \`analyze\` runs.`
              : `The stored scores (with "${stamp.profile}") are now stale: the next command that reads them analyses again with "${profile.name}".`;
        io.out(flag(args, 'json') ? json(profile) : `${formatProfile(profile, 'Active')}\n${next}`);
      } else {
        const listing = { profiles: listProfiles(db), active: activeProfile(db).name };
        io.out(
          flag(args, 'json')
            ? json(listing)
            : formatProfiles(listing.profiles, listing.active, readStamp(db)?.profile ?? null),
        );
      }
      return 0;
    });
  },
};
