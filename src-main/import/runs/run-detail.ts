import type Database from 'better-sqlite3';
import type {
  ImportMapping,
  ImportProblem,
  ImportRunDetail,
  RowIssue,
  WriteCounts,
} from '../../../src-shared/model/import';
import type { SourceKind } from '../../../src-shared/model/sources';
import { ImportFatalError } from '../pipeline/import-error';
import { blockers, readRun, summaryOf } from './run-rows';

const parsed = <T>(text: string | null, fallback: T): T => {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

function issues(
  db: Database.Database,
  runId: number,
  severity: 'error' | 'warning',
  limit: number,
): RowIssue[] {
  const rows = db
    .prepare(
      `SELECT line, column_name, value, reason FROM import_issues WHERE run_id = ? AND severity = ? ORDER BY seq LIMIT ?`,
    )
    .all(runId, severity, limit) as {
    line: number;
    column_name: string | null;
    value: string | null;
    reason: string;
  }[];
  return rows.map((r) => ({
    line: r.line,
    ...(r.column_name === null ? {} : { column: r.column_name }),
    ...(r.value === null ? {} : { value: r.value }),
    reason: r.reason,
  }));
}

/** One run with its mapping, notes and first problems, for the summary after an import. */
export function runDetail(db: Database.Database, runId: number, limit = 200): ImportRunDetail {
  const row = readRun(db, runId);
  if (!row) throw new ImportFatalError('not-found', `There is no import run ${runId}.`);
  const mapping = parsed<ImportMapping | null>(row.mapping, null);
  return {
    ...summaryOf(row, blockers(db).get(runId) ?? []),
    mapping: mapping && Array.isArray(mapping.fields) ? mapping : null,
    notes: parsed<ImportProblem[]>(row.notes, []),
    derived: parsed<Partial<Record<SourceKind, WriteCounts>>>(row.derived, {}),
    errors: issues(db, runId, 'error', limit),
    warningSamples: issues(db, runId, 'warning', limit),
  };
}
