import type Database from 'better-sqlite3';
import { canonicalSources } from '../../src-shared/model/canonical';
import type { SourceCoverage } from '../../src-shared/model/coverage';
import type { SourceKind } from '../../src-shared/model/sources';

const referenceTargets = {
  accounts: 'account_id',
  partners: 'partner_id',
  payments: 'payment_id',
} as const;

/**
 * Rows, accounts covered, date range, empty fields and orphans of one canonical table. Table and
 * column names come from the canonical schema, never from input, so building SQL from them is safe.
 */
export function sourceCoverage(
  db: Database.Database,
  kind: SourceKind,
  accounts: number,
): SourceCoverage {
  const source = canonicalSources[kind];
  const table = kind;
  const fields = source.fields.filter((f) => !f.key);
  const emptyCounts = fields
    .map((f, i) => `sum(CASE WHEN ${f.name} IS NULL OR ${f.name} = '' THEN 1 ELSE 0 END) AS e${i}`)
    .join(', ');
  const dateExpr = source.eventDate ? `substr(${source.eventDate}, 1, 10)` : 'NULL';
  const summary = db
    .prepare(
      `SELECT count(*) AS rows, min(${dateExpr}) AS dateFrom, max(${dateExpr}) AS dateTo${emptyCounts ? `, ${emptyCounts}` : ''} FROM ${table}`,
    )
    .get() as Record<string, number | string | null>;
  const rows = Number(summary.rows);

  const accountField = source.fields.find((f) => f.references === 'accounts');
  let accountsCovered: number | null = null;
  if (kind === 'accounts') accountsCovered = rows;
  else if (accountField) {
    accountsCovered = db
      .prepare(
        `SELECT count(DISTINCT t.${accountField.name}) FROM ${table} t JOIN accounts a ON a.account_id = t.${accountField.name}`,
      )
      .pluck()
      .get() as number;
  }

  const orphanConditions = source.fields
    .filter((f) => f.references)
    .map((f) => {
      const target = f.references as keyof typeof referenceTargets;
      return `(t.${f.name} IS NOT NULL AND t.${f.name} <> '' AND NOT EXISTS (SELECT 1 FROM ${target} r WHERE r.${referenceTargets[target]} = t.${f.name}))`;
    });
  const orphans = orphanConditions.length
    ? (db
        .prepare(`SELECT count(*) FROM ${table} t WHERE ${orphanConditions.join(' OR ')}`)
        .pluck()
        .get() as number)
    : 0;

  const lastImportedAt = db
    .prepare(`SELECT max(finished_at) FROM import_runs WHERE kind = ? AND status = 'completed'`)
    .pluck()
    .get(kind) as string | null;

  return {
    kind,
    rows,
    accountsCovered,
    accountShare: accountsCovered === null || accounts === 0 ? null : accountsCovered / accounts,
    dateRange:
      summary.dateFrom && summary.dateTo
        ? { from: String(summary.dateFrom), to: String(summary.dateTo) }
        : null,
    emptyFields:
      rows === 0
        ? []
        : fields
            .map((f, i) => ({ field: f.name, emptyShare: Number(summary[`e${i}`] ?? 0) / rows }))
            .filter((f) => f.emptyShare > 0)
            .sort((a, b) => b.emptyShare - a.emptyShare),
    orphans,
    lastImportedAt,
  };
}
