import type Database from 'better-sqlite3';
import type { RejectedRowsCsv } from '../../../src-shared/model/import';
import { csvText } from '../../export/csv-writer';
import { ImportFatalError } from '../pipeline/import-error';
import { readRun } from './run-rows';

/**
 * The rejected rows of a run as a CSV file to fix and import again: where and why each was
 * rejected, then the row's own cells under the file's header.
 */
export function rejectedRowsCsv(db: Database.Database, runId: number): RejectedRowsCsv {
  const run = readRun(db, runId);
  if (!run) throw new ImportFatalError('not-found', `There is no import run ${runId}.`);
  const header = run.header ? (JSON.parse(run.header) as string[]) : [];
  const issues = db
    .prepare(
      `SELECT line, column_name, value, reason, raw FROM import_issues WHERE run_id = ? AND severity = 'error' ORDER BY seq`,
    )
    .all(runId) as {
    line: number;
    column_name: string | null;
    value: string | null;
    reason: string;
    raw: string | null;
  }[];
  const rows = issues.map((issue) => {
    const raw = issue.raw ? (JSON.parse(issue.raw) as string[]) : [];
    const cells = header.map((_, i) => raw[i] ?? '');
    return [
      issue.line,
      issue.reason,
      issue.column_name ?? '',
      ...cells,
      ...raw.slice(header.length),
    ];
  });
  // Raw cells are written as they were read, without the formula guard: `-12.50` must come back
  // as `-12.50` when the fixed file is imported again, not as `'-12.50`.
  const text = csvText(
    { name: 'rejected', headers: ['Line', 'Reason', 'Column', ...header], rows },
    { guard: false },
  );
  const base = run.file_name.replace(/\.[^.]*$/, '');
  return { fileName: `${base}-rejected-rows.csv`, text: `\ufeff${text}`, rows: rows.length };
}
