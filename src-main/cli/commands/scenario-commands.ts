import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  RECORDED_COMMISSIONS,
  type OpenedComparison,
  type ScenarioComparison,
} from '../../../src-shared/model/scenarios';
import { DEFAULT_HORIZON_MONTHS } from '../../../src-shared/scenarios/scenario-file';
import { describeIssues, parseScenarioText } from '../../../src-shared/scenarios/validate-scenario';
import { ExportError } from '../../export/export-error';
import { csvForStdout, writeExport, writeTextExport } from '../../export/write-export';
import {
  evaluateScenarios,
  type ScenarioToEvaluate,
} from '../../scenarios/evaluate/evaluate-scenarios';
import { comparisonReportHtml } from '../../scenarios/report/comparison-report';
import { comparisonTable } from '../../scenarios/report/comparison-table';
import { openComparison } from '../../scenarios/store/open-comparison';
import {
  deleteComparison,
  listComparisons,
  saveComparison,
} from '../../scenarios/store/saved-comparisons';
import {
  deleteScenario,
  isBuiltInName,
  listScenarios,
  requireScenario,
  saveScenario,
  unknownOverridePartners,
} from '../../scenarios/store/saved-scenarios';
import { ScenarioStoreError } from '../../scenarios/store/scenario-store-error';
import type { Workspace } from '../../store/workspace';
import { flag, optionalString, requireString } from '../args';
import { InputError, UsageError } from '../cli-error';
import {
  jsonOption,
  workspaceOption,
  type Command,
  type CommandIo,
  type ParsedArgs,
} from '../command';
import {
  formatComparison,
  formatComparisonList,
  formatOpenedComparison,
  formatScenario,
  formatScenarioList,
  type ScenarioListEntry,
} from '../format/scenario-text';
import { withWorkspace } from '../workspace-access';
import { json, onlyWith, oneOperand, reanalyseIfStale, subcommand } from './analysis-edits';

const verbs = ['save', 'list', 'show', 'export', 'delete', 'compare', 'comparisons'] as const;
type Verb = (typeof verbs)[number];

/** Which options each verb takes besides --workspace and --json; any other is refused. */
const verbOptions: Record<Verb, readonly string[]> = {
  save: ['json-file'],
  list: [],
  show: [],
  export: ['out', 'force'],
  delete: [],
  compare: ['baseline', 'save', 'format', 'out', 'force'],
  comparisons: [],
};
const allOptions = [...new Set(Object.values(verbOptions).flat())];

/** What the store refuses (an unknown name, the built-in's) and an export refused: exit 1. */
async function asInput<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ScenarioStoreError || error instanceof ExportError)
      throw new InputError(error.message);
    throw error;
  }
}

/** A scenario file read and checked by the engine's own rules; problems name the file and field. */
function readScenarioFile(path: string) {
  const full = resolve(path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${full}: ${(error as Error).message}`);
  }
  const checked = parseScenarioText(text);
  if (!checked.ok)
    throw new InputError(
      [
        `${full} is not a valid scenario file:`,
        ...describeIssues(checked.issues).map((l) => `  ${l}`),
      ].join('\n'),
    );
  return checked.file;
}

/** A name on the command line as a scenario to evaluate: the built-in one or a saved file. */
function toEvaluate(ws: Workspace, name: string): ScenarioToEvaluate {
  if (isBuiltInName(name)) return { name: RECORDED_COMMISSIONS, file: null };
  const saved = requireScenario(ws.db, name);
  return { name: saved.name, file: saved.file };
}

/** Evaluates after re-analysing stale results; the engine's warnings go to stderr. */
function evaluate(
  ws: Workspace,
  io: CommandIo,
  scenarios: readonly ScenarioToEvaluate[],
  baseline: string,
) {
  reanalyseIfStale(ws, io);
  const evaluation = evaluateScenarios(ws.db, ws.path, scenarios, baseline);
  for (const warning of evaluation.warnings) io.err(`Warning: ${warning}`);
  if (!evaluation.analysis.fresh) io.err(evaluation.analysis.reasons.join(' '));
  return evaluation;
}

const comparisonJson = (c: ScenarioComparison): ScenarioComparison => ({
  baseline: c.baseline,
  scenarios: c.scenarios,
});

function listEntries(ws: Workspace): ScenarioListEntry[] {
  return [
    {
      name: RECORDED_COMMISSIONS,
      builtIn: true,
      description: 'what the commissions table says was earned, net of reversals',
      horizonMonths: null,
      savedAt: null,
      updatedAt: null,
    },
    ...listScenarios(ws.db).map((s) => ({
      name: s.name,
      builtIn: false,
      description: s.file.description ?? null,
      horizonMonths: s.file.horizonMonths ?? DEFAULT_HORIZON_MONTHS,
      savedAt: s.savedAt,
      updatedAt: s.updatedAt,
    })),
  ];
}

type CompareFormat = 'text' | 'json' | 'csv' | 'xlsx' | 'html';
const compareFormats: readonly CompareFormat[] = ['text', 'json', 'csv', 'xlsx', 'html'];

function compareFormat(args: ParsedArgs): CompareFormat {
  const format = optionalString(args, 'format') ?? (flag(args, 'json') ? 'json' : 'text');
  if (!(compareFormats as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${compareFormats.join(', ')}.`);
  return format as CompareFormat;
}

/** The scenarios of `compare`, the baseline first, each once. */
function comparedNames(operands: readonly string[], baseline: string): string[] {
  const key = (n: string) => (isBuiltInName(n) ? RECORDED_COMMISSIONS : n.trim());
  const names = [baseline, ...operands].map(key);
  return [...new Set(names)];
}

async function compare(args: ParsedArgs, io: CommandIo, ws: Workspace, operands: string[]) {
  if (operands.length === 0) throw new UsageError('scenario compare takes one or more NAMEs.');
  const format = compareFormat(args);
  const out = optionalString(args, 'out');
  if (format === 'xlsx' && out === undefined)
    throw new UsageError('--format xlsx needs --out FILE.');
  const baseline = optionalString(args, 'baseline') ?? RECORDED_COMMISSIONS;
  const evaluated = comparedNames(operands, baseline).map((n) => toEvaluate(ws, n));
  const baselineName = (evaluated[0] as ScenarioToEvaluate).name;
  const evaluation = evaluate(ws, io, evaluated, baselineName);
  const comparison = comparisonJson(evaluation);
  const saveAs = optionalString(args, 'save');
  if (saveAs !== undefined) {
    const { replaced } = saveComparison(ws.db, saveAs, {
      evaluated,
      basis: evaluation.basis,
      figures: comparison,
    });
    io.err(`${replaced ? 'Replaced' : 'Saved'} the comparison "${saveAs.trim()}".`);
  }
  const html = () =>
    comparisonReportHtml({
      title: saveAs?.trim() || `Scenario comparison: ${evaluated.map((e) => e.name).join(', ')}`,
      comparison,
      series: evaluation.series,
      basis: evaluation.basis,
      evaluated,
      warnings: evaluation.warnings,
      generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    });
  if (out === undefined) {
    io.out(
      format === 'json'
        ? json(comparison)
        : format === 'csv'
          ? csvForStdout(comparisonTable(comparison))
          : format === 'html'
            ? html()
            : formatComparison(comparison),
    );
    return;
  }
  const rules = { replace: flag(args, 'force'), protect: [ws.path] };
  if (format === 'csv' || format === 'xlsx') {
    const written = await writeExport(comparisonTable(comparison), format, out, rules);
    io.err(`Wrote ${written.rows} rows to ${written.path} (${written.bytes} bytes).`);
  } else {
    const text =
      format === 'json'
        ? json(comparison)
        : format === 'html'
          ? html()
          : formatComparison(comparison);
    const written = await writeTextExport(`${text}\n`, out, rules);
    io.err(`Wrote ${written.path} (${written.bytes} bytes).`);
  }
}

/** A saved comparison as `comparisons show --json` prints it: as saved, and why it is stale. */
const openedJson = (opened: OpenedComparison) => ({
  name: opened.name,
  savedAt: opened.savedAt,
  stale: opened.stale,
  reasons: opened.reasons,
  baseline: opened.saved.baseline,
  scenarios: opened.saved.scenarios,
  basis: opened.savedBasis,
  files: opened.files,
  ...(opened.stale
    ? { current: { ...comparisonJson(opened.current), basis: opened.current.basis } }
    : {}),
});

function comparisons(args: ParsedArgs, io: CommandIo, ws: Workspace, operands: string[]) {
  const [action, ...rest] = operands;
  const asJson = flag(args, 'json');
  if (action === undefined) {
    const list = listComparisons(ws.db);
    io.out(asJson ? json(list) : formatComparisonList(list));
  } else if (action === 'show') {
    const name = oneOperand(rest, 'comparison name', 'scenario comparisons show');
    reanalyseIfStale(ws, io);
    const opened = openComparison(ws.db, ws.path, name);
    if (opened.stale)
      io.err(`The comparison "${opened.name}" is out of date: ${opened.reasons.join(' ')}`);
    io.out(asJson ? json(openedJson(opened)) : formatOpenedComparison(opened));
  } else if (action === 'delete') {
    const name = oneOperand(rest, 'comparison name', 'scenario comparisons delete');
    deleteComparison(ws.db, name);
    io.out(
      asJson
        ? json({ deleted: true, name: name.trim() })
        : `Deleted the comparison "${name.trim()}".`,
    );
  } else
    throw new UsageError(
      `Unknown scenario comparisons command: ${action}. Use show C or delete C.`,
    );
}

async function runVerb(
  verb: Verb,
  args: ParsedArgs,
  io: CommandIo,
  ws: Workspace,
  operands: string[],
) {
  const asJson = flag(args, 'json');
  const named = () => oneOperand(operands, 'scenario name', `scenario ${verb}`);
  switch (verb) {
    case 'save': {
      const name = named();
      const file = readScenarioFile(requireString(args, 'json-file'));
      const { scenario, replaced } = saveScenario(ws.db, name, file);
      for (const warning of unknownOverridePartners(ws.db, scenario.file))
        io.err(`Warning: ${warning}`);
      io.out(
        asJson
          ? json({ ...scenario, replaced })
          : `${replaced ? 'Replaced' : 'Saved'} the scenario "${scenario.name}".`,
      );
      return;
    }
    case 'list': {
      if (operands.length > 0) throw new UsageError('scenario list takes no operands.');
      const entries = listEntries(ws);
      io.out(asJson ? json(entries) : formatScenarioList(entries));
      return;
    }
    case 'show': {
      const scenario = toEvaluate(ws, named());
      const result = evaluate(ws, io, [scenario], scenario.name).scenarios[0];
      if (!result) throw new InputError(`The scenario "${scenario.name}" gave no result.`);
      io.out(asJson ? json(result) : formatScenario(result));
      return;
    }
    case 'export': {
      const name = named();
      if (isBuiltInName(name))
        throw new InputError(
          `"${RECORDED_COMMISSIONS}" is built in and has no scenario file to export.`,
        );
      const saved = requireScenario(ws.db, name);
      const out = requireString(args, 'out');
      const written = await writeTextExport(`${json(saved.file)}\n`, out, {
        replace: flag(args, 'force'),
        protect: [ws.path],
      });
      io.out(
        asJson
          ? json({ name: saved.name, path: written.path, bytes: written.bytes })
          : `Wrote the scenario "${saved.name}" to ${written.path}.`,
      );
      return;
    }
    case 'delete': {
      const name = named();
      deleteScenario(ws.db, name);
      io.out(
        asJson
          ? json({ deleted: true, name: name.trim() })
          : `Deleted the scenario "${name.trim()}".`,
      );
      return;
    }
    case 'compare':
      return compare(args, io, ws, operands);
    case 'comparisons':
      return comparisons(args, io, ws, operands);
  }
}

export const scenarioCommand: Command = {
  name: 'scenario',
  summary:
    'commission scenarios: save, list, show, export and delete them; compare them with a baseline (Recorded commissions by default), as text, JSON, CSV, XLSX or an HTML report; saved comparisons',
  usage:
    'scenario save NAME --json-file S.json | list | show NAME | export NAME --out S.json [--force] | delete NAME | compare NAME... [--baseline NAME] [--save C] [--format text|json|csv|xlsx|html] [--out FILE [--force]] | comparisons [show C | delete C] --workspace W [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    'json-file': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    baseline: { type: 'string' },
    save: { type: 'string' },
    format: { type: 'string' },
  },
  positionals: true,
  run: (args, io) => {
    const { verb, operands } = subcommand(args, 'scenario', verbs);
    if (verb === undefined) throw new UsageError(`scenario needs a command: ${verbs.join(', ')}.`);
    const own = verbOptions[verb];
    onlyWith(
      args,
      allOptions.filter((o) => !own.includes(o)),
      `scenario ${Object.entries(verbOptions)
        .filter(([v, options]) => v !== verb && options.some((o) => args.values[o] !== undefined))
        .map(([v]) => v)
        .join(' or ')}`,
    );
    return withWorkspace(args, (ws) =>
      asInput(() => runVerb(verb, args, io, ws, operands)).then(() => 0),
    );
  },
};
