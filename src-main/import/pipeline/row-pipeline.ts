import type Database from 'better-sqlite3';
import type { ImportMapping, RowIssue, WriteCounts } from '../../../src-shared/model/import';
import type { SourceKind } from '../../../src-shared/model/sources';
import type { CompiledMapping } from '../convert/compiled-mapping';
import { Rejection, type Dropped } from '../convert/field-typing';
import { RowPlan, snapshotSubscriptionColumns } from '../convert/row-plan';
import type { SqlValue } from '../convert/sql-value';
import type { RecordBatch } from '../source/record-reader';
import type { IssueLog } from '../store/issue-log';
import { ContactAccounts, ReferenceCheck, SubscriptionAccounts } from '../store/lookups';
import { MovementStaging } from '../store/movement-staging';
import {
  TableUpsert,
  type Combine,
  type PendingRow,
  type RejectHandler,
} from '../store/table-upsert';

/** A row ready to write: its main-table values, and its typed fields for the derived facts. */
interface ReadyRow extends PendingRow {
  fields: SqlValue[];
}

const combineOf = (mapping: ImportMapping): Combine =>
  mapping.kind === 'usage'
    ? { kind: 'sum', column: 'value' }
    : mapping.kind === 'churn_events'
      ? { kind: 'latest', column: 'churn_date' }
      : { kind: 'reject' };

const countsOf = (w: TableUpsert): WriteCounts => ({
  inserted: w.counts.inserted,
  updated: w.counts.updated,
  unchanged: w.counts.unchanged,
});

/** A row with other than the header's number of fields, where that matters. */
const fieldCountMismatch = (line: number, fields: number, headerFields: number): RowIssue => ({
  line,
  reason: `the row has ${fields} fields and the header ${headerFields}`,
  code: 'extra-fields',
  params: { fields, header: headerFields },
});

const nounOf = { accounts: 'account', partners: 'partner', payments: 'payment' } as const;

/**
 * The rows of one file on their way into the workspace, a stretch at a time: checked against the
 * header, typed, turned into the kind's rows and the facts derived from them, checked for orphans,
 * and handed to the writers. Everything a row cannot be is recorded with its line.
 */
export class RowPipeline {
  rowsRead = 0;
  shortRows = 0;
  readonly main: TableUpsert;
  private readonly plan: RowPlan;
  private readonly snapshot: TableUpsert | null;
  private readonly movements: MovementStaging | null;
  private readonly references: (RowPlan['references'][number] & { check: ReferenceCheck })[];
  private readonly dropped: Dropped[] = [];
  private readonly movementColumns: number[];

  constructor(
    db: Database.Database,
    private readonly runId: number,
    mapping: ImportMapping,
    private readonly compiled: CompiledMapping,
    snapshotDate: string,
    private readonly header: readonly string[],
    private readonly issues: IssueLog,
    batchRows?: number,
  ) {
    const subscriptions = new SubscriptionAccounts(db);
    const contacts = new ContactAccounts(db);
    this.plan = new RowPlan(mapping.kind, compiled, snapshotDate, {
      subscriptionAccount: (id) => subscriptions.accountOf(id),
      contactAccount: (email) => contacts.accountOf(email),
    });
    const reject = this.rejectRow;
    this.main = new TableUpsert(
      db,
      this.plan.table,
      this.plan.columns,
      runId,
      combineOf(mapping),
      reject,
      batchRows,
    );
    this.snapshot =
      this.plan.kind === 'accounts' && compiled.has('monthly_charges')
        ? new TableUpsert(
            db,
            'subscriptions',
            snapshotSubscriptionColumns,
            runId,
            { kind: 'reject' },
            reject,
            batchRows,
          )
        : null;
    this.movements =
      compiled.has('upgrade') || compiled.has('downgrade') ? new MovementStaging(db) : null;
    this.references = this.plan.references.map((r) => ({
      ...r,
      check: new ReferenceCheck(db, r.table),
    }));
    this.movementColumns = ['account_id', 'start_date', 'plan', 'mrr', 'currency'].map((c) =>
      this.plan.columns.indexOf(c),
    );
  }

  get table(): SourceKind {
    return this.plan.table;
  }

  private readonly rejectRow: RejectHandler = (row, reason, code, params) =>
    this.issues.reject({ line: row.line, reason, code, ...(params ? { params } : {}) }, row.raw);

  process(batch: RecordBatch): void {
    const ready: ReadyRow[] = [];
    const { header, issues, compiled, dropped } = this;
    for (let i = 0; i < batch.rows.length; i++) {
      const raw = batch.rows[i] as string[];
      const line = batch.lines[i];
      this.rowsRead++;
      const problem = batch.problems.get(i);
      if (problem) {
        const at = problem.field;
        const column = at === undefined ? undefined : (header[at] ?? `Column ${at + 1}`);
        issues.reject(
          {
            line,
            ...(column === undefined ? {} : { column }),
            reason: problem.reason,
            code: problem.code,
            ...(problem.params ? { params: problem.params } : {}),
          },
          raw,
        );
        continue;
      }
      if (
        raw.length > header.length &&
        raw.slice(header.length).some((cell) => cell.trim() !== '')
      ) {
        issues.reject(fieldCountMismatch(line, raw.length, header.length), raw);
        continue;
      }
      if (raw.length < header.length) this.shortRows++;
      dropped.length = 0;
      const fields = compiled.convert(raw, dropped);
      const values = fields instanceof Rejection ? fields : this.plan.mainRow(fields);
      // A short row that lacks a value it needs is ragged: saying so is clearer than naming the
      // value, which the row never reached.
      if (values instanceof Rejection && raw.length < header.length && values.value === '') {
        issues.reject(fieldCountMismatch(line, raw.length, header.length), raw);
        continue;
      }
      if (values instanceof Rejection) {
        issues.reject(
          {
            line,
            ...(values.column ? { column: values.column } : {}),
            ...(values.value ? { value: values.value } : {}),
            reason: values.reason,
            code: values.code,
            params: values.params,
          },
          raw,
        );
        continue;
      }
      for (const d of dropped)
        issues.warn({
          line,
          column: d.column,
          value: d.value,
          reason: d.reason,
          code: d.code,
          params: d.params,
        });
      ready.push({
        values,
        fields: fields as SqlValue[],
        extra: compiled.extra(raw, dropped),
        line,
        raw,
      });
    }
    this.flagOrphans(ready);
    for (const row of ready) this.write(row);
  }

  private flagOrphans(ready: readonly ReadyRow[]): void {
    for (const r of this.references) {
      const ids = new Set<string>();
      for (const row of ready) {
        const id = row.values[r.position];
        if (typeof id === 'string') ids.add(id);
      }
      const unknown = r.check.unknownOf(ids);
      if (unknown.size === 0) continue;
      const noun = nounOf[r.table];
      for (const row of ready) {
        const id = row.values[r.position];
        if (typeof id === 'string' && unknown.has(id))
          this.issues.warnWith(() => ({
            line: row.line,
            column: r.header,
            value: id,
            reason: `unknown ${noun} ${id}: the row is kept and flagged as an orphan`,
            code: 'orphan',
            params: { record: noun, id },
          }));
      }
    }
  }

  private write(row: ReadyRow): void {
    this.main.add(row);
    if (this.snapshot) {
      const subscription = this.plan.snapshotSubscription(row.fields, row.values);
      if (subscription)
        this.snapshot.add({ values: subscription, extra: null, line: row.line, raw: row.raw });
    }
    if (this.movements) {
      const [account, start, plan, mrr, currency] = this.movementColumns.map((at) =>
        at < 0 ? null : (row.values[at] ?? null),
      );
      for (const type of this.plan.movementTypes(row.fields))
        this.movements.add(
          account ?? null,
          start ?? null,
          type,
          plan ?? null,
          mrr ?? null,
          currency ?? null,
        );
    }
  }

  /** Writes what is pending and the facts that need the whole file; returns the other tables' counts. */
  finish(): Partial<Record<SourceKind, WriteCounts>> {
    this.main.settleMerged();
    this.snapshot?.settleMerged();
    const movementWriter = this.movements?.finish(this.runId, this.rejectRow) ?? null;
    const derived: Partial<Record<SourceKind, WriteCounts>> = {};
    if (this.snapshot) derived.subscriptions = countsOf(this.snapshot);
    if (movementWriter) derived.mrr_movements = countsOf(movementWriter);
    return derived;
  }

  /** Whether the file changed anything in the workspace. */
  changedAnything(derived: Partial<Record<SourceKind, WriteCounts>>): boolean {
    const c = this.main.counts;
    return (
      c.inserted +
        c.updated +
        c.merged +
        Object.values(derived).reduce((n, d) => n + d.inserted + d.updated, 0) >
      0
    );
  }
}
