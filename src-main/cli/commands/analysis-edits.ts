import { analysisChannels } from '../../../src-shared/ipc/analysis-channels';
import type { ParsedRequestOf } from '../../../src-shared/ipc/contract';
import { InvalidAnalysisInput } from '../../analysis/analysis-error';
import { ensureAnalysed } from '../../analysis/results/ensure-analysed';
import { measureGoals, recordMeasurements } from '../../goals/measure-goals';
import type { Workspace } from '../../store/workspace';
import { optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import type { CommandIo, ParsedArgs } from '../command';

type AnalysisChannel = keyof typeof analysisChannels;

export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * Checks an edit against the schema the app applies to the same request, so the command line
 * accepts exactly what the views may send. `label` names a field as the analyst typed it.
 */
export function validRequest<C extends AnalysisChannel>(
  channel: C,
  request: unknown,
  label: (path: string) => string = (path) => path,
): ParsedRequestOf<C> {
  const parsed = analysisChannels[channel].request.safeParse(request);
  if (parsed.success) return parsed.data as ParsedRequestOf<C>;
  const issues = parsed.error.issues.map((i) => `${label(i.path.join('.'))}: ${i.message}`);
  throw new InputError(`${issues.join('; ')}.`);
}

/**
 * What the engine refuses (a built-in profile, thresholds out of order, an unknown profile to
 * analyse with …) is bad input: exit 1.
 */
export function asInputError<T>(edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (error instanceof InvalidAnalysisInput) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Re-analyses first when the stored results are missing or stale, saying why on stderr, as every
 * command that reads results does.
 */
export function reanalyseIfStale(ws: Workspace, io: CommandIo): void {
  const refresh = asInputError(() => ensureAnalysed(ws.db, ws.path));
  if (refresh.stale) io.err(`${refresh.stale.reasons.join(' ')} Analysed again.`);
  // Every run leaves a measurement on each goal, as the app's and `analyze`'s runs do.
  if (refresh.summary) recordMeasurements(ws.db, measureGoals(ws.db, refresh.summary.stamp));
}

/** The verb of a command with sub-commands (`profiles save NAME`) and the operands after it. */
export function subcommand<Verb extends string>(
  args: ParsedArgs,
  command: string,
  verbs: readonly Verb[],
): { verb: Verb | undefined; operands: string[] } {
  const [verb, ...operands] = args.positionals;
  if (verb === undefined) return { verb: undefined, operands };
  if (!(verbs as readonly string[]).includes(verb))
    throw new UsageError(
      `Unknown ${command} command: ${verb}. Use ${verbs.slice(0, -1).join(', ')}${verbs.length > 1 ? ' or ' : ''}${verbs.at(-1) ?? ''}.`,
    );
  return { verb: verb as Verb, operands };
}

/** The one operand a sub-command takes (a name, an id). */
export function oneOperand(operands: readonly string[], what: string, command: string): string {
  const [operand, ...rest] = operands;
  if (operand === undefined || operand === '' || rest.length > 0)
    throw new UsageError(`${command} takes one ${what}.`);
  return operand;
}

/** Refuses options that belong to another sub-command, so a typo is not silently ignored. */
export function onlyWith(args: ParsedArgs, options: readonly string[], where: string): void {
  const given = options.filter((o) => args.values[o] !== undefined);
  if (given.length > 0)
    throw new UsageError(
      `${given.map((o) => `--${o}`).join(', ')} only go${given.length === 1 ? 'es' : ''} with \`${where}\`.`,
    );
}

/** A numeric option; a value that is not a number at all is a usage error, its range is the schema's. */
export function numberOption(args: ParsedArgs, name: string): number | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  const parsed = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new UsageError(`--${name} must be a number.`);
  return parsed;
}
