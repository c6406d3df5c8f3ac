import { type ChannelReport } from '../../../src-shared/model/analysis/economics';
import {
  retentionGroupings,
  type RetentionGrouping,
  type RetentionReport,
} from '../../../src-shared/model/analysis/retention';
import { tierNames, type Tier } from '../../../src-shared/model/analysis/score';
import { retentionAt } from '../../analysis/engine/retention-at';
import { readAffiliatesOverview } from '../../analysis/results/affiliates-overview';
import { readCaseStudies } from '../../analysis/results/case-study-list';
import { readAdvocates, readRisk } from '../../analysis/store/advocate-reader';
import { readReport, readStamp } from '../../analysis/store/results-reader';
import { advocatesTable, caseStudiesTable } from '../../export/analysis-tables';
import type { ExportTable } from '../../export/table';
import { ExportError } from '../../export/export-error';
import { csvForStdout, writeExport, writeTextExport } from '../../export/write-export';
import type { Workspace } from '../../store/workspace';
import { analyzeWithGoals } from '../../goals/goal-jobs';
import { directContext } from '../../job/context';
import { flag, isoDate, optionalString, positiveInteger } from '../args';
import { InputError, UsageError } from '../cli-error';
import { withSideThreadFor } from '../side-thread-for';
import {
  jsonOption,
  workspaceOption,
  type Command,
  type CommandIo,
  type ParsedArgs,
} from '../command';
import { formatAdvocates, formatCaseStudies } from '../format/advocates-text';
import { formatAnalysisSummary } from '../format/analysis-text';
import { formatAffiliates, formatChannels } from '../format/groups-text';
import { formatRetention } from '../format/retention-text';
import { formatRisk, riskModelJson, riskModelWarning, riskReportJson } from '../format/risk-text';
import { withWorkspace } from '../workspace-access';
import { asInputError, json, reanalyseIfStale } from './analysis-edits';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'scores, segments, retention, partner economics and churn risk',
  usage: 'analyze --workspace W [--profile NAME] [--as-of YYYY-MM-DD] [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    profile: { type: 'string' },
    'as-of': { type: 'string' },
  },
  run: (args, io) =>
    withWorkspace(args, (ws) =>
      asInputError(() => {
        const asOf = isoDate(args, 'as-of');
        const profile = optionalString(args, 'profile');
        let lastPhase = '';
        const summary = withSideThreadFor(ws.db, (side) =>
          analyzeWithGoals(
            {
              path: ws.path,
              ...(asOf === undefined ? {} : { asOf }),
              ...(profile === undefined ? {} : { profile }),
            },
            directContext(
              ws.db,
              (p) => {
                if (p.phase === lastPhase) return;
                lastPhase = p.phase;
                io.err(`  ${p.done}/${p.total ?? '?'} ${p.phase}`);
              },
              undefined,
              side,
            ),
          ),
        );
        const warning = summary.riskModel && riskModelWarning(summary.riskModel);
        if (warning) io.err(warning);
        io.out(
          flag(args, 'json')
            ? json({ ...summary, riskModel: riskModelJson(summary.riskModel) })
            : formatAnalysisSummary(summary),
        );
        return 0;
      }),
    ),
};

type OutputFormat = 'text' | 'json' | 'csv' | 'xlsx';

function outputFormat(args: ParsedArgs, allowed: readonly OutputFormat[]): OutputFormat {
  const format = optionalString(args, 'format') ?? (flag(args, 'json') ? 'json' : 'text');
  if (!(allowed as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}.`);
  return format as OutputFormat;
}

/**
 * Prints or writes a list as text, JSON, CSV or XLSX; files get a BOM (or Shift_JIS). A file is
 * written atomically, never over the open workspace or any SQLite file, and over an existing file
 * only with --force.
 */
async function emit(
  args: ParsedArgs,
  io: CommandIo,
  ws: Workspace,
  format: OutputFormat,
  value: unknown,
  table: () => ExportTable,
  text: () => string,
): Promise<void> {
  const out = optionalString(args, 'out');
  const encoding = optionalString(args, 'encoding') ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'shift_jis')
    throw new UsageError('--encoding must be utf-8 or shift_jis.');
  if (format === 'xlsx' && out === undefined)
    throw new UsageError('--format xlsx needs --out FILE.');
  if (out === undefined) {
    io.out(format === 'json' ? json(value) : format === 'csv' ? csvForStdout(table()) : text());
    return;
  }
  const rules = { replace: flag(args, 'force'), protect: [ws.path] };
  try {
    if (format === 'csv' || format === 'xlsx') {
      const written = await writeExport(table(), format, out, { ...rules, encoding });
      io.err(`Wrote ${written.rows} rows to ${written.path} (${written.bytes} bytes).`);
      if (written.unmappable.length > 0)
        io.err(`Shift_JIS cannot hold ${written.unmappable.join(' ')}; written as "?".`);
    } else await writeTextExport(`${format === 'json' ? json(value) : text()}\n`, out, rules);
  } catch (error) {
    if (error instanceof ExportError) throw new InputError(error.message);
    throw error;
  }
}

const exportOptions = {
  format: { type: 'string' },
  out: { type: 'string' },
  encoding: { type: 'string' },
  force: { type: 'boolean' },
} as const;

function tierOption(args: ParsedArgs): Tier | undefined {
  const tier = optionalString(args, 'tier');
  if (tier === undefined) return undefined;
  if (!(tierNames as readonly string[]).includes(tier))
    throw new UsageError(`--tier must be one of ${tierNames.join(', ')}.`);
  return tier as Tier;
}

const TEXT_ROWS = 50;

export const advocatesCommand: Command = {
  name: 'advocates',
  summary: 'accounts ranked by advocate score, with each score explained',
  usage:
    'advocates --workspace W [--top N] [--tier champion|advocate|neutral|at_risk] [--format text|csv|xlsx|json] [--out FILE [--force]] [--json]',
  options: {
    ...workspaceOption,
    ...jsonOption,
    ...exportOptions,
    top: { type: 'string' },
    tier: { type: 'string' },
  },
  run: (args, io) =>
    withWorkspace(args, async (ws) => {
      const format = outputFormat(args, ['text', 'json', 'csv', 'xlsx']);
      const rows = asInputError(() => {
        // A terminal shows the first fifty; files and JSON get every scored account.
        const top = positiveInteger(args, 'top') ?? (format === 'text' ? TEXT_ROWS : undefined);
        const tier = tierOption(args);
        reanalyseIfStale(ws, io);
        return readAdvocates(ws.db, {
          ...(top === undefined ? {} : { top }),
          ...(tier === undefined ? {} : { tier }),
        });
      });
      await emit(
        args,
        io,
        ws,
        format,
        rows,
        () => advocatesTable(rows),
        () => formatAdvocates(rows),
      );
      return 0;
    }),
};

export const caseStudiesCommand: Command = {
  name: 'case-studies',
  summary: 'case-study candidates under a rule, with the contact to approach',
  usage:
    'case-studies --workspace W [--rule NAME] [--format text|csv|xlsx|json] [--out FILE [--force]] [--encoding utf-8|shift_jis] [--json]',
  options: { ...workspaceOption, ...jsonOption, ...exportOptions, rule: { type: 'string' } },
  run: (args, io) =>
    withWorkspace(args, async (ws) => {
      const format = outputFormat(args, ['text', 'json', 'csv', 'xlsx']);
      const list = asInputError(() => {
        reanalyseIfStale(ws, io);
        return readCaseStudies(ws.db, optionalString(args, 'rule'));
      });
      if (!list) throw new InputError('The workspace has no data to analyse.');
      await emit(
        args,
        io,
        ws,
        format,
        list,
        () => caseStudiesTable(list.candidates),
        () => formatCaseStudies(list),
      );
      return 0;
    }),
};

export const channelsCommand: Command = {
  name: 'channels',
  summary: 'acquisition channels: customers, advocates, churn, LTV and NPS against the baseline',
  usage: 'channels --workspace W [--json]',
  options: { ...workspaceOption, ...jsonOption },
  run: (args, io) =>
    withWorkspace(args, (ws) =>
      asInputError(() => {
        reanalyseIfStale(ws, io);
        const report = readReport<ChannelReport>(ws.db, 'channels');
        if (!report) throw new InputError('The workspace has no data to analyse.');
        io.out(flag(args, 'json') ? json(report) : formatChannels(report));
        return 0;
      }),
    ),
};

export const affiliatesCommand: Command = {
  name: 'affiliates',
  summary:
    'affiliate partners: retention, LTV, commissions, ROI, payback and grade; advocates to recruit',
  usage: 'affiliates --workspace W [--recruits N] [--json]',
  options: { ...workspaceOption, ...jsonOption, recruits: { type: 'string' } },
  run: (args, io) =>
    withWorkspace(args, (ws) =>
      asInputError(() => {
        const recruits = positiveInteger(args, 'recruits') ?? 10;
        reanalyseIfStale(ws, io);
        const report = readAffiliatesOverview(ws.db, recruits);
        if (!report) throw new InputError('The workspace has no data to analyse.');
        io.out(flag(args, 'json') ? json(report) : formatAffiliates(report));
        return 0;
      }),
    ),
};

function grouping(args: ParsedArgs): RetentionGrouping {
  const by = optionalString(args, 'by');
  if (by === undefined) throw new UsageError(`--by is required: ${retentionGroupings.join(', ')}.`);
  if (!(retentionGroupings as readonly string[]).includes(by))
    throw new UsageError(`--by must be one of ${retentionGroupings.join(', ')}.`);
  return by as RetentionGrouping;
}

/** Partner names for the partner ids that key the partner grouping. */
function groupLabels(ws: Workspace, by: RetentionGrouping): Map<string, string> {
  if (by !== 'partner') return new Map();
  const rows = ws.db
    .prepare('SELECT partner_id, name FROM partners WHERE name IS NOT NULL')
    .raw()
    .all() as [string, string][];
  return new Map(rows);
}

export const retentionCommand: Command = {
  name: 'retention',
  summary: 'Kaplan–Meier and sBG per group, with the log-rank test',
  usage: `retention --workspace W --by ${retentionGroupings.join('|')} [--as-of YYYY-MM-DD] [--json]`,
  options: {
    ...workspaceOption,
    ...jsonOption,
    by: { type: 'string' },
    'as-of': { type: 'string' },
  },
  run: (args, io) =>
    withWorkspace(args, (ws) =>
      asInputError(() => {
        const by = grouping(args);
        const asOf = isoDate(args, 'as-of');
        let report: RetentionReport | null = null;
        const stamp = readStamp(ws.db);
        if (asOf === undefined || stamp?.asOf === asOf) {
          reanalyseIfStale(ws, io);
          report = readReport<RetentionReport>(ws.db, 'retention', by);
        }
        // Another date than the stored analysis's is computed on the spot, and not stored.
        report ??= ws.db.transaction(() => retentionAt(ws.db, by, asOf))();
        io.out(
          flag(args, 'json') ? json(report) : formatRetention(report, by, groupLabels(ws, by)),
        );
        return 0;
      }),
    ),
};

export const riskCommand: Command = {
  name: 'risk',
  summary: 'active customers most likely to churn within 90 days, with reason codes',
  usage: 'risk --workspace W [--top N] [--json]',
  options: { ...workspaceOption, ...jsonOption, top: { type: 'string' } },
  run: (args, io) =>
    withWorkspace(args, (ws) =>
      asInputError(() => {
        const top = positiveInteger(args, 'top') ?? 20;
        reanalyseIfStale(ws, io);
        const report = readRisk(ws.db, top);
        if (!report) throw new InputError('The workspace has no data to analyse.');
        const asJson = flag(args, 'json');
        const warning = riskModelWarning(report.model);
        // Without a model the text says so itself; JSON needs the words on stderr.
        if (warning && (asJson || report.model)) io.err(warning);
        io.out(asJson ? json(riskReportJson(report)) : formatRisk(report));
        return 0;
      }),
    ),
};

export const analysisCommands: readonly Command[] = [
  analyzeCommand,
  advocatesCommand,
  caseStudiesCommand,
  channelsCommand,
  affiliatesCommand,
  retentionCommand,
  riskCommand,
];
