import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importMappingSchema } from '../../../src-shared/ipc/import-channels';
import {
  delimiters,
  encodings,
  importKinds,
  type Delimiter,
  type EncodingName,
  type ImportKind,
  type ImportMapping,
  type ImportOptions,
} from '../../../src-shared/model/import';
import { findPreset } from '../../import/mapping/presets';
import { ImportFatalError } from '../../import/pipeline/import-error';
import { importFiles } from '../../import/pipeline/import-files';
import { listRuns } from '../../import/runs/run-rows';
import { undoRun } from '../../import/runs/undo-run';
import { flag, isoDate, optionalString } from '../args';
import { InputError, UsageError } from '../cli-error';
import { jsonOption, workspaceOption, type Command, type ParsedArgs } from '../command';
import { fileJson, printOutcome, printRuns, progressPrinter } from '../format/import-text';
import { withWorkspace } from '../workspace-access';

function oneOf<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  aliases: Record<string, T> = {},
): T | undefined {
  const value = optionalString(args, name);
  if (value === undefined) return undefined;
  const found = aliases[value.toLowerCase()] ?? allowed.find((a) => a === value.toLowerCase());
  if (!found)
    throw new UsageError(
      `--${name} must be one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`,
    );
  return found;
}

/** Reads `--mapping M.json`: a full mapping, or the short form `{ "kind": K, "fields": { field: column } }`. */
function readMapping(path: string): ImportMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (error) {
    throw new InputError(`${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (
    json &&
    typeof json === 'object' &&
    'fields' in json &&
    !Array.isArray((json as { fields: unknown }).fields)
  ) {
    const short = json as { fields: Record<string, unknown> };
    json = {
      ...short,
      fields: Object.entries(short.fields ?? {}).map(([field, columns]) => ({
        field,
        columns: Array.isArray(columns) ? columns : [columns],
      })),
    };
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`)
      .join('; ');
    throw new InputError(`${path} is not a mapping: ${issues}`);
  }
  return parsed.data as ImportMapping;
}

function optionsOf(args: ParsedArgs): ImportOptions {
  const kind = oneOf<ImportKind>(args, 'kind', importKinds, {
    'churn-events': 'churn_events',
    'mrr-movements': 'mrr_movements',
    'cs-costs': 'cs_costs',
  });
  const encoding = oneOf<EncodingName>(args, 'encoding', encodings, {
    utf8: 'utf-8',
    sjis: 'shift_jis',
    'shift-jis': 'shift_jis',
    cp932: 'shift_jis',
    'windows-31j': 'shift_jis',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    cp1252: 'windows-1252',
  });
  const delimiter = oneOf<Delimiter>(args, 'delimiter', delimiters, {
    comma: ',',
    semicolon: ';',
    tab: '\t',
    '\\t': '\t',
    pipe: '|',
  });
  const preset = optionalString(args, 'preset');
  if (preset !== undefined && !findPreset(preset))
    throw new UsageError(`--preset ${preset} is not a preset this version knows.`);
  const mappingPath = optionalString(args, 'mapping');
  const snapshotDate = isoDate(args, 'snapshot-date');
  return {
    ...(kind ? { kind } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(preset ? { preset } : {}),
    ...(mappingPath ? { mapping: readMapping(resolve(mappingPath)) } : {}),
    ...(snapshotDate ? { snapshotDate } : {}),
  };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import CSV exports (kind, preset, encoding and delimiter detected)',
  usage:
    'import --workspace W FILE... [--kind K] [--preset P] [--mapping M.json] [--encoding E] [--delimiter D] [--snapshot-date YYYY-MM-DD] [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    kind: { type: 'string' },
    preset: { type: 'string' },
    mapping: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    'snapshot-date': { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    if (args.positionals.length === 0) throw new UsageError('Name at least one file to import.');
    const options = optionsOf(args);
    const files = args.positionals.map((p) => ({ path: resolve(p), options }));
    return withWorkspace(
      args,
      (ws) => {
        const progress = progressPrinter(io);
        const outcomes = importFiles(ws.db, files, { progress, throwIfCancelled: () => {} });
        if (flag(args, 'json'))
          io.out(JSON.stringify({ workspace: ws.path, files: outcomes.map(fileJson) }, null, 2));
        else for (const outcome of outcomes) printOutcome(outcome, io);
        return outcomes.every((o) => o.ok) ? 0 : 1;
      },
      { create: true },
    );
  },
};

export const runsCommand: Command = {
  name: 'runs',
  summary: 'import history; `runs undo RUN_ID` reverts one',
  usage: 'runs [undo RUN_ID] --workspace W [--json]',
  options: { ...workspaceOption, ...jsonOption },
  positionals: true,
  run: (args, io) => {
    const [verb, id, ...rest] = args.positionals;
    if (verb !== undefined && verb !== 'undo')
      throw new UsageError(`Unknown runs command: ${verb}.`);
    if (verb === 'undo' && (id === undefined || rest.length > 0 || !/^\d+$/.test(id)))
      throw new UsageError('runs undo takes one run id, a whole number.');
    return withWorkspace(args, (ws) => {
      if (verb === 'undo') {
        let result;
        try {
          result = undoRun(ws.db, Number(id));
        } catch (error) {
          if (error instanceof ImportFatalError) throw new InputError(error.message);
          throw error;
        }
        if (flag(args, 'json')) io.out(JSON.stringify(result, null, 2));
        else
          io.out(
            `Run ${result.runId} undone: ${result.deleted} rows removed, ${result.restored} rows restored.`,
          );
        return 0;
      }
      const runs = listRuns(ws.db);
      if (flag(args, 'json')) io.out(JSON.stringify({ workspace: ws.path, runs }, null, 2));
      else printRuns(runs, io);
      return 0;
    });
  },
};

export const importCommands: readonly Command[] = [importCommand, runsCommand];
