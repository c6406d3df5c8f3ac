import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type {
  ColumnPreview,
  FileInspection,
  ImportOptions,
  ImportProblem,
} from '../../../src-shared/model/import';
import { CompiledMapping } from '../convert/compiled-mapping';
import { Rejection, type Dropped } from '../convert/field-typing';
import { RowPlan } from '../convert/row-plan';
import { candidateOf } from '../mapping/match-preset';
import { targetFields } from '../mapping/target-fields';
import { ContactAccounts, ReferenceCheck, SubscriptionAccounts } from '../store/lookups';
import { ImportFatalError } from './import-error';
import { prepareFile, type PreparedFile } from './prepare-file';

const PREVIEW_ROWS = 20;
const CHECKED_ROWS = 2000;
const LISTED_PROBLEMS = 20;

/**
 * What the Import view shows before a file is imported: encoding, delimiter, kind and preset as
 * detected (or overridden), the first rows, each column's type and field, the fields of the kind,
 * and the problems found in the first rows. Nothing is written.
 */
export function inspectFile(
  db: Database.Database | null,
  path: string,
  options: ImportOptions,
): FileInspection {
  let prepared: PreparedFile;
  try {
    prepared = prepareFile(db, path, options);
  } catch (error) {
    if (!(error instanceof ImportFatalError)) throw error;
    return unreadable(path, options, error);
  }
  try {
    return describe(db, prepared, options);
  } finally {
    prepared.opened.source.close();
  }
}

function unreadable(path: string, options: ImportOptions, error: ImportFatalError): FileInspection {
  return {
    path,
    fileName: basename(path),
    size: 0,
    encoding: options.encoding ?? 'utf-8',
    encodingSource: options.encoding ? 'override' : 'detected',
    delimiter: options.delimiter ?? ',',
    decimal: '.',
    header: [],
    rows: [],
    lines: [],
    columns: [],
    kind: null,
    preset: null,
    candidates: [],
    mapping: null,
    mappingSource: 'detected',
    targetFields: [],
    problems: [
      {
        severity: 'fatal',
        code: error.code,
        message: error.message,
        params: error.params,
        ...(error.location.line === undefined ? {} : { line: error.location.line }),
      },
    ],
  };
}

function describe(
  db: Database.Database | null,
  prepared: PreparedFile,
  options: ImportOptions,
): FileInspection {
  const { facts, header, first } = prepared.opened;
  const mapping = prepared.mapping;
  const fedBy = new Map<string, string>();
  for (const f of mapping?.fields ?? [])
    for (const c of f.columns) if (c !== '' && !fedBy.has(c)) fedBy.set(c, f.field);
  const columns: ColumnPreview[] = header.map((name, index) => {
    const e = prepared.evidence[index];
    const reading = prepared.dateReadings.get(name);
    return {
      index,
      header: name,
      type: e?.type ?? 'empty',
      ...(reading && e?.hasNumericDates ? { dateOrder: reading.order } : {}),
      blankShare: Math.round((e?.blankShare ?? 1) * 1000) / 1000,
      mappedTo: fedBy.get(name) ?? null,
    };
  });
  const problems = [...prepared.problems];
  for (const column of prepared.undecidedDates) {
    problems.push({
      severity: 'info',
      code: 'date-order-open',
      message: `${facts.fileName}: the first rows of "${column}" could be day-first or month-first; the import reads the whole column to decide.`,
      params: { file: facts.fileName, column },
      column,
    });
  }
  if (mapping && db) problems.push(...sampleProblems(db, prepared));
  const kind = mapping?.kind ?? prepared.choice.best?.preset.kind ?? options.kind ?? null;
  return {
    path: facts.path,
    fileName: facts.fileName,
    size: facts.size,
    encoding: facts.encoding,
    encodingSource: facts.encodingSource,
    delimiter: facts.delimiter,
    decimal: prepared.decimal,
    header,
    rows: first.rows.slice(0, PREVIEW_ROWS),
    lines: first.lines.slice(0, PREVIEW_ROWS),
    columns,
    kind,
    preset: mapping?.preset ?? prepared.choice.best?.preset.name ?? null,
    candidates: prepared.choice.ranked.slice(0, 6).map(candidateOf),
    mapping,
    mappingSource: prepared.mappingSource,
    targetFields: kind ? targetFields(kind) : [],
    problems,
  };
}

/** The rows of the first stretch that the import would reject, and orphans among them. */
function sampleProblems(db: Database.Database, prepared: PreparedFile): ImportProblem[] {
  const mapping = prepared.mapping;
  if (!mapping) return [];
  const { header, first, facts } = prepared.opened;
  const compiled = new CompiledMapping({
    header,
    mapping,
    decimal: prepared.decimal,
    dateReadings: prepared.dateReadings,
  });
  const subscriptions = new SubscriptionAccounts(db);
  const contacts = new ContactAccounts(db);
  const plan = new RowPlan(
    mapping.kind,
    compiled,
    mapping.snapshotDate ?? new Date().toISOString().slice(0, 10),
    {
      subscriptionAccount: (id) => subscriptions.accountOf(id),
      contactAccount: (email) => contacts.accountOf(email),
    },
  );
  const problems: ImportProblem[] = [];
  let rejected = 0;
  const referenced = plan.references.map(() => new Set<string>());
  const rows = Math.min(first.rows.length, CHECKED_ROWS);
  for (let i = 0; i < rows; i++) {
    const raw = first.rows[i] as string[];
    const line = first.lines[i];
    const dropped: Dropped[] = [];
    const problem = first.problems.get(i);
    const values = problem
      ? new Rejection('', '', problem.reason, problem.code)
      : compiled.convert(raw, dropped);
    const main = values instanceof Rejection ? values : plan.mainRow(values);
    if (main instanceof Rejection) {
      rejected++;
      if (rejected <= LISTED_PROBLEMS)
        problems.push({
          severity: 'error',
          code: 'row-rejected',
          message: `Line ${line}${main.column ? `, "${main.column}"` : ''}: ${main.reason}.`,
          params: { ...main.params, line, reason: main.reason, reasonCode: main.code },
          line,
          ...(main.column ? { column: main.column } : {}),
          ...(main.value ? { value: main.value } : {}),
        });
      continue;
    }
    plan.references.forEach((r, k) => {
      const id = main[r.position];
      if (typeof id === 'string') referenced[k]?.add(id);
    });
  }
  if (rejected > LISTED_PROBLEMS) {
    problems.push({
      severity: 'error',
      code: 'rows-rejected',
      message: `${facts.fileName}: ${rejected} of the first ${rows} rows would be rejected.`,
      params: { file: facts.fileName, count: rejected, rows },
    });
  }
  plan.references.forEach((r, k) => {
    const ids = referenced[k] ?? new Set<string>();
    const unknown = new ReferenceCheck(db, r.table).unknownOf(ids);
    if (unknown.size === 0) return;
    problems.push({
      severity: 'warning',
      code: 'orphans',
      message: `${facts.fileName}: ${unknown.size} of the ${ids.size} ${r.table} referred to in the first rows ("${r.header}") are not in the workspace yet; their rows are kept and flagged.`,
      params: {
        file: facts.fileName,
        count: unknown.size,
        total: ids.size,
        table: r.table,
        column: r.header,
      },
      column: r.header,
    });
  });
  return problems;
}
