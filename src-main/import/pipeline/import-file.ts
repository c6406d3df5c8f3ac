import { createHash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  ImportProblemCode,
  ImportFileResult,
  ImportMapping,
  ImportOptions,
  ImportProblem,
  RowIssue,
} from '../../../src-shared/model/import';
import { bumpDataRevision } from '../../store/settings';
import type { JobProgressUpdate } from '../../job/progress';
import { CompiledMapping } from '../convert/compiled-mapping';
import { saveMapping } from '../mapping/saved-mappings';
import { BULK_FILE_BYTES, deferIndexes, isEmpty } from '../store/deferred-indexes';
import { IssueLog } from '../store/issue-log';
import { finishRun, startRun } from '../store/run-record';
import { settleDateOrders } from './date-scan';
import { ImportFatalError } from './import-error';
import { mappingToKeep, prepareFile, type PreparedFile } from './prepare-file';
import { RowPipeline } from './row-pipeline';

export interface ImportControl {
  progress(update: JobProgressUpdate): void;
  throwIfCancelled(): void;
  /** Rows per multi-row INSERT statement (a benchmark lever). */
  batchRows?: number;
  /** Whether a large first import may build secondary indexes at the end (a benchmark lever; on by default). */
  deferIndexes?: boolean;
  /** The day to count snapshot facts from when the mapping has none; today by default. */
  today?: string;
}

/**
 * The page cache while a file is imported, in KiB: rows arrive in the file's order, not the
 * table's, so the index pages they touch should stay at hand; half the file's size, between 8 and
 * 64 MiB, keeps memory bounded whatever the file.
 */
export const importCacheKib = (fileBytes: number): number =>
  Math.round(Math.min(65536, Math.max(8192, fileBytes / 2048)));

/** Throws the first fatal problem of a prepared file, as the one clear message the analyst gets. */
function failOnFatal(prepared: PreparedFile): ImportMapping {
  const fatal = prepared.problems.find((p) => p.severity === 'fatal');
  const file = prepared.opened.facts.fileName;
  if (fatal || !prepared.mapping) {
    throw new ImportFatalError(
      (fatal?.code as ImportProblemCode | undefined) ?? 'no-mapping',
      fatal?.message ?? `${file} cannot be mapped.`,
      {
        file,
        ...(fatal?.line === undefined ? {} : { line: fatal.line }),
        ...(fatal?.column === undefined ? {} : { column: fatal.column }),
      },
      fatal?.params ?? { file },
    );
  }
  return prepared.mapping;
}

interface Job {
  db: Database.Database;
  prepared: PreparedFile;
  mapping: ImportMapping;
  compiled: CompiledMapping;
  snapshotDate: string;
  control: ImportControl;
  notes: ImportProblem[];
  startedMs: number;
  hash: Hash;
  report: (done: number, rows: number) => void;
}

/**
 * Imports one file into the workspace in one transaction: stream, decode, parse, map, type,
 * validate and upsert by key, recording the run with everything needed to undo it. A fatal problem,
 * a crash or a cancel leaves the workspace exactly as it was.
 */
export function importFile(
  db: Database.Database,
  path: string,
  options: ImportOptions,
  control: ImportControl,
): ImportFileResult {
  const startedMs = Date.now();
  const hash = createHash('sha256');
  const prepared = prepareFile(db, path, options, hash);
  const { facts, header } = prepared.opened;
  try {
    const mapping = failOnFatal(prepared);
    const notes = prepared.problems.filter((p) => p.severity !== 'fatal');
    const report = (done: number, rows: number) =>
      control.progress({
        phase: 'import',
        detail: facts.fileName,
        done,
        total: facts.size,
        unit: 'bytes',
        rows,
      });
    notes.push(
      ...settleDateOrders(
        prepared,
        (bytes) => report(Math.min(bytes, facts.size) / 4, 0),
        control.throwIfCancelled,
      ),
    );
    const usesSnapshot = mapping.fields.some(
      (f) => f.field === 'tenure_months' || f.field === 'monthly_charges',
    );
    const snapshotDate = usesSnapshot
      ? (mapping.snapshotDate ??
        options.snapshotDate ??
        control.today ??
        new Date().toISOString().slice(0, 10))
      : null;
    const kept = mappingToKeep(prepared, mapping, snapshotDate);
    const compiled = new CompiledMapping({
      header,
      mapping: kept,
      decimal: prepared.decimal,
      dateReadings: prepared.dateReadings,
    });
    const job: Job = {
      db,
      prepared,
      mapping: kept,
      compiled,
      snapshotDate: snapshotDate ?? '',
      control,
      notes,
      startedMs,
      hash,
      report,
    };
    const cache = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = -${importCacheKib(facts.size)}`);
    try {
      return db.transaction(() => writeRows(job))();
    } finally {
      db.pragma(`cache_size = ${cache}`);
    }
  } finally {
    prepared.opened.source.close();
  }
}

function writeRows(job: Job): ImportFileResult {
  const { db, prepared, mapping, control, notes, report } = job;
  const { facts, header, reader, first } = prepared.opened;
  const runId = startRun(db, facts, header, mapping, new Date(job.startedMs).toISOString());
  const issues = new IssueLog(db, runId);
  const pipeline = new RowPipeline(
    db,
    runId,
    mapping,
    job.compiled,
    job.snapshotDate,
    header,
    issues,
    control.batchRows,
  );
  const bulk =
    control.deferIndexes !== false && facts.size >= BULK_FILE_BYTES && isEmpty(db, pipeline.table);
  const rebuildIndexes = bulk ? deferIndexes(db, pipeline.table) : null;

  pipeline.process(first);
  for (let batch = reader.next(); batch !== null; batch = reader.next()) {
    control.throwIfCancelled();
    pipeline.process(batch);
    report(prepared.opened.source.bytesRead, pipeline.rowsRead);
  }
  pipeline.main.flush();
  rebuildIndexes?.();
  report(facts.size, pipeline.rowsRead);
  const derived = pipeline.finish();
  control.throwIfCancelled();

  const { rowsRead } = pipeline;
  if (rowsRead === 0) {
    throw new ImportFatalError(
      'no-rows',
      `${facts.fileName} has a header but no rows to import.`,
      { file: facts.fileName },
      { file: facts.fileName },
    );
  }
  if (issues.rejected === rowsRead)
    throw allRejected(facts.fileName, rowsRead, mapping, issues.errorSamples[0]);
  notes.push(...fileNotes(facts.fileName, mapping, pipeline));
  if (pipeline.changedAnything(derived)) bumpDataRevision(db);
  saveMapping(db, header, mapping);
  const counts = pipeline.main.counts;
  const result: ImportFileResult = {
    runId,
    path: facts.path,
    fileName: facts.fileName,
    kind: mapping.kind,
    preset: mapping.preset,
    encoding: facts.encoding,
    delimiter: facts.delimiter,
    rowsRead,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    merged: counts.merged,
    rejected: issues.rejected,
    warnings: issues.warnings,
    errors: issues.errorSamples,
    warningSamples: issues.warningSamples,
    notes,
    derived,
    durationMs: Date.now() - job.startedMs,
  };
  finishRun(db, runId, result, job.hash.digest('hex'));
  return result;
}

function allRejected(
  fileName: string,
  rows: number,
  mapping: ImportMapping,
  first: RowIssue | undefined,
): ImportFatalError {
  const where = first
    ? ` The first, line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}.`
    : '';
  return new ImportFatalError(
    'all-rejected',
    `${fileName}: none of its ${rows} rows can be imported as a ${mapping.kind.replace(/_/g, ' ')} file.${where}`,
    {
      file: fileName,
      ...(first ? { line: first.line } : {}),
      ...(first?.column ? { column: first.column } : {}),
    },
    {
      file: fileName,
      rows,
      kind: mapping.kind,
      ...(first ? { line: first.line, reason: first.reason } : {}),
      ...(first?.column ? { column: first.column } : {}),
      ...(first?.code ? { reasonCode: first.code } : {}),
      ...first?.params,
    },
  );
}

function fileNotes(
  fileName: string,
  mapping: ImportMapping,
  pipeline: RowPipeline,
): ImportProblem[] {
  const notes: ImportProblem[] = [];
  if (pipeline.shortRows > 0) {
    notes.push({
      severity: 'info',
      code: 'short-rows',
      message: `${fileName}: ${pipeline.shortRows} rows have fewer fields than the header; the missing ones are read as blank.`,
      params: { file: fileName, count: pipeline.shortRows },
    });
  }
  const merged = pipeline.main.counts.merged;
  if (merged > 0) {
    notes.push({
      severity: 'info',
      code: 'merged-rows',
      message:
        mapping.kind === 'usage'
          ? `${fileName}: ${merged} rows repeat an account, period and metric of an earlier row; their values are added up.`
          : `${fileName}: ${merged} rows repeat an account of an earlier row; the latest churn date is kept.`,
      params: { file: fileName, count: merged, merge: mapping.kind === 'usage' ? 'sum' : 'latest' },
    });
  }
  return notes;
}
