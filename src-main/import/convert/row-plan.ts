import { canonicalSources, keyFields } from '../../../src-shared/model/canonical';
import { kindTable, type ImportKind } from '../../../src-shared/model/import';
import type { SourceKind } from '../../../src-shared/model/sources';
import type { ReferencedTable } from '../store/lookups';
import type { CompiledMapping } from './compiled-mapping';
import { Rejection } from './field-typing';
import type { SqlValue } from './sql-value';

/** Computes one column of the main table from a row's typed field values. */
type ColumnSource = (values: readonly SqlValue[]) => SqlValue;

export interface ReferenceColumn {
  /** Position in the main table's columns. */
  position: number;
  table: ReferencedTable;
  header: string;
}

export interface Lookups {
  subscriptionAccount(subscriptionId: string): string | null;
  contactAccount(email: string): string | null;
}

/** Whole months before a date, as a date: the day a tenure began (clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** "Month-to-month", "One year", "Two year" as a billing interval. */
export function contractInterval(contract: string): string | null {
  const text = contract.toLowerCase();
  if (/month|月/.test(text)) return 'month';
  if (/two|2|二/.test(text)) return 'two years';
  if (/year|annual|年/.test(text)) return 'year';
  return null;
}

const flag = (value: SqlValue): boolean => value === 1;

/**
 * How the typed fields of one row become the row of the kind's table, including the facts a file
 * carries indirectly (DESIGN section 4): a churn flag becomes a status, a tenure a signup date, an
 * account's monthly charge a subscription, annual revenue a monthly one, and usage keyed by
 * subscription finds its account.
 */
export class RowPlan {
  readonly table: SourceKind;
  /** The main table's columns this file writes, keys first. */
  readonly columns: string[];
  readonly references: ReferenceColumn[] = [];
  private readonly sources: ColumnSource[];
  private readonly keyHeaders: string[];
  private readonly required: { position: number; field: string; header: string }[] = [];

  constructor(
    readonly kind: ImportKind,
    private readonly compiled: CompiledMapping,
    private readonly snapshotDate: string,
    private readonly lookups: Lookups,
  ) {
    this.table = kindTable(kind);
    const fieldValue = (name: string): ColumnSource => {
      const at = compiled.position(name);
      return at < 0 ? () => null : (values) => values[at] ?? null;
    };
    const columns = new Map<string, ColumnSource>();
    const headerOf = (name: string) =>
      compiled.fields[compiled.position(name)]?.columns.join(' + ') ?? name;
    for (const key of keyFields(this.table)) columns.set(key, fieldValue(key));
    for (const f of compiled.fields) {
      if (!f.target.derived && !columns.has(f.name)) columns.set(f.name, fieldValue(f.name));
    }
    this.addDerivedColumns(columns, fieldValue);
    this.columns = [...columns.keys()];
    this.sources = [...columns.values()];
    this.keyHeaders = keyFields(this.table).map(headerOf);
    const spec = canonicalSources[this.table];
    const requiredFields =
      kind === 'churn_events'
        ? ['churn_date']
        : spec.fields.filter((f) => f.required).map((f) => f.name);
    for (const field of requiredFields) {
      const position = this.columns.indexOf(field);
      if (position >= 0) this.required.push({ position, field, header: headerOf(field) });
    }
    for (const f of spec.fields) {
      const position = this.columns.indexOf(f.name);
      if (f.references && position >= 0 && !f.key && compiled.has(f.name))
        this.references.push({ position, table: f.references, header: headerOf(f.name) });
    }
  }

  private addDerivedColumns(
    columns: Map<string, ColumnSource>,
    fieldValue: (name: string) => ColumnSource,
  ): void {
    const has = (name: string) => this.compiled.has(name);
    if (this.kind === 'accounts') {
      if (has('churned')) {
        const status = fieldValue('status');
        const churned = fieldValue('churned');
        columns.set(
          'status',
          (v) =>
            status(v) ?? (churned(v) === null ? null : flag(churned(v)) ? 'churned' : 'active'),
        );
      }
      if (has('tenure_months')) {
        const signup = fieldValue('signup_date');
        const tenure = fieldValue('tenure_months');
        columns.set('signup_date', (v) => {
          const months = tenure(v);
          return (
            signup(v) ??
            (typeof months === 'number' ? monthsBefore(this.snapshotDate, months) : null)
          );
        });
      }
    }
    if (this.kind === 'subscriptions') {
      if (has('trial') || has('churned')) {
        const status = fieldValue('status');
        const trial = fieldValue('trial');
        const churned = fieldValue('churned');
        columns.set(
          'status',
          (v) =>
            status(v) ?? (flag(trial(v)) ? 'trialing' : flag(churned(v)) ? 'canceled' : 'active'),
        );
      }
      if (has('arr')) {
        const mrr = fieldValue('mrr');
        const arr = fieldValue('arr');
        columns.set('mrr', (v) => {
          const annual = arr(v);
          return (
            mrr(v) ?? (typeof annual === 'number' ? Math.round((annual / 12) * 100) / 100 : null)
          );
        });
      }
    }
    if (this.kind === 'usage' && has('subscription_id')) {
      const account = fieldValue('account_id');
      const subscription = fieldValue('subscription_id');
      columns.set('account_id', (v) => {
        const own = account(v);
        if (own !== null) return own;
        const id = subscription(v);
        return typeof id === 'string' ? this.lookups.subscriptionAccount(id) : null;
      });
    }
    if (this.kind === 'surveys' && has('contact_email')) {
      const account = fieldValue('account_id');
      const email = fieldValue('contact_email');
      columns.set('account_id', (v) => {
        const own = account(v);
        if (own !== null) return own;
        const address = email(v);
        return typeof address === 'string' ? this.lookups.contactAccount(address) : null;
      });
    }
  }

  /** The main table's row, or why it cannot be written. */
  mainRow(values: readonly SqlValue[]): SqlValue[] | Rejection {
    const row = this.sources.map((source) => source(values));
    const keys = keyFields(this.table);
    for (let i = 0; i < keys.length; i++) {
      if (row[i] !== null) continue;
      if (
        this.kind === 'usage' &&
        keys[i] === 'account_id' &&
        this.compiled.has('subscription_id')
      ) {
        const id = values[this.compiled.position('subscription_id')];
        return id === null || id === undefined
          ? new Rejection(
              this.compiledHeader('subscription_id'),
              '',
              'no subscription ID, so its account cannot be found',
              'no-subscription-id',
            )
          : new Rejection(
              this.compiledHeader('subscription_id'),
              String(id),
              `subscription ${String(id)} is not in the workspace; import its subscriptions file first`,
              'unknown-subscription',
              { id: String(id) },
            );
      }
      return new Rejection(
        this.keyHeaders[i] ?? '',
        '',
        `no ${keys[i]} (the key of ${this.table})`,
        'no-key-value',
        { field: keys[i] ?? '', table: this.table },
      );
    }
    for (const r of this.required) {
      if (row[r.position] === null)
        return new Rejection(
          r.header,
          '',
          `no ${r.field}, which every ${this.table} row needs`,
          'no-required-value',
          { field: r.field, table: this.table },
        );
    }
    return row;
  }

  private compiledHeader(field: string): string {
    return this.compiled.fields[this.compiled.position(field)]?.columns.join(' + ') ?? field;
  }

  /** A subscription for an account that states its monthly charge (a snapshot file such as Telco's). */
  snapshotSubscription(values: readonly SqlValue[], main: readonly SqlValue[]): SqlValue[] | null {
    if (this.kind !== 'accounts' || !this.compiled.has('monthly_charges')) return null;
    const get = (name: string) => {
      const at = this.compiled.position(name);
      return at < 0 ? null : (values[at] ?? null);
    };
    const column = (name: string) => {
      const at = this.columns.indexOf(name);
      return at < 0 ? null : (main[at] ?? null);
    };
    const start = column('signup_date');
    const mrr = get('monthly_charges');
    if (start === null || mrr === null) return null;
    const churned = flag(get('churned')) || column('churn_date') !== null;
    const contract = get('contract');
    return [
      `snapshot:${String(main[0])}`,
      main[0] ?? null,
      column('plan') ?? contract,
      start,
      churned ? (column('churn_date') ?? this.snapshotDate) : null,
      mrr,
      typeof contract === 'string' ? contractInterval(contract) : null,
      churned ? 'canceled' : 'active',
    ];
  }

  /** Upgrade and downgrade flags of a subscription row, as MRR movements at its start. */
  movementTypes(values: readonly SqlValue[]): ('expansion' | 'contraction')[] {
    if (this.kind !== 'subscriptions') return [];
    const types: ('expansion' | 'contraction')[] = [];
    const at = (name: string) => this.compiled.position(name);
    if (at('upgrade') >= 0 && flag(values[at('upgrade')] ?? null)) types.push('expansion');
    if (at('downgrade') >= 0 && flag(values[at('downgrade')] ?? null)) types.push('contraction');
    return types;
  }
}

/** The columns of the subscription a snapshot file's monthly charge becomes, in `snapshotSubscription` order. */
export const snapshotSubscriptionColumns = [
  'subscription_id',
  'account_id',
  'plan',
  'start_date',
  'end_date',
  'mrr',
  'billing_interval',
  'status',
];
