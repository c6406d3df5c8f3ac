import type Database from 'better-sqlite3';
import type { RowIssue } from '../../../src-shared/model/import';

/** Rejected rows kept per run for the download; beyond this, only their count. */
const STORED_REJECTIONS = 100_000;
/** Warnings kept per run; beyond this, only their count. */
const STORED_WARNINGS = 1_000;
const SAMPLES = 20;

/**
 * The rejected rows and warnings of one run: counted, the first ones at hand for the summary, and
 * stored with the run (rejected rows with their cells, so they can be downloaded and fixed).
 */
export class IssueLog {
  rejected = 0;
  warnings = 0;
  readonly errorSamples: RowIssue[] = [];
  readonly warningSamples: RowIssue[] = [];
  private seq = 0;
  private readonly insert: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly runId: number,
  ) {
    this.insert = db.prepare(
      `INSERT INTO import_issues (run_id, seq, severity, line, column_name, value, reason, raw)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  reject(issue: RowIssue, raw: readonly string[]): void {
    this.rejected++;
    if (this.errorSamples.length < SAMPLES) this.errorSamples.push(issue);
    if (this.rejected <= STORED_REJECTIONS) this.store('error', issue, JSON.stringify(raw));
  }

  /** A warning built only when it is kept; past the stored ones, warnings are only counted. */
  warnWith(issue: () => RowIssue): void {
    if (this.warnings < STORED_WARNINGS) this.warn(issue());
    else this.warnings++;
  }

  warn(issue: RowIssue): void {
    this.warnings++;
    if (this.warningSamples.length < SAMPLES) this.warningSamples.push(issue);
    if (this.warnings <= STORED_WARNINGS) this.store('warning', issue, null);
  }

  private store(severity: 'error' | 'warning', issue: RowIssue, raw: string | null): void {
    this.insert.run(
      this.runId,
      ++this.seq,
      severity,
      issue.line,
      issue.column ?? null,
      issue.value === undefined ? null : issue.value.slice(0, 1000),
      issue.reason,
      raw,
    );
  }
}
