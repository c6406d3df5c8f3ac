import type { ListColumn, ListDefinition, ListJoin } from './list-definition';

/** The joins every account list may use: its metrics, its partner's name, its CRM record. */
export const accountJoins: readonly ListJoin[] = [
  { alias: 'p', sql: 'LEFT JOIN partners p ON p.partner_id = m.partner_id' },
  { alias: 'a', sql: 'LEFT JOIN accounts a ON a.account_id = m.account_id' },
];

/** Columns of an account's metrics (alias `m`), shared by every list of accounts. */
export const accountColumns = {
  accountId: { sql: 'm.account_id', kind: 'text', sortable: true, searchable: true },
  name: { sql: 'm.name', kind: 'text', sortable: true, searchable: true },
  domain: { sql: 'a.domain', kind: 'text', sortable: true, searchable: true },
  status: { sql: 'm.status', kind: 'status', sortable: true, filter: 'values' },
  plan: { sql: 'm.plan', kind: 'text', sortable: true, filter: 'values' },
  channel: { sql: 'm.channel', kind: 'text', sortable: true, filter: 'values' },
  partner: {
    sql: 'm.partner_id',
    kind: 'text',
    sortable: true,
    filter: 'values',
    labelSql: 'coalesce(p.name, m.partner_id)',
  },
  partnerName: { sql: 'coalesce(p.name, m.partner_id)', kind: 'text', sortable: true },
  csm: { sql: 'm.csm', kind: 'text', sortable: true, filter: 'values' },
  industry: { sql: 'm.industry', kind: 'text', sortable: true, filter: 'values' },
  country: { sql: 'm.country', kind: 'text', sortable: true, filter: 'values' },
  useCase: { sql: 'm.use_case', kind: 'text', sortable: true, filter: 'values' },
  employees: { sql: 'm.employees', kind: 'integer', sortable: true, filter: 'range' },
  mrr: { sql: 'm.mrr', kind: 'money', sortable: true, filter: 'range' },
  tenureMonths: { sql: 'm.tenure_months', kind: 'integer', sortable: true, filter: 'range' },
  npsLatest: { sql: 'm.nps_latest', kind: 'number', sortable: true, filter: 'range' },
  expansions: { sql: 'm.expansion_count', kind: 'integer', sortable: true, filter: 'range' },
  expansionMrr: { sql: 'm.expansion_mrr', kind: 'money', sortable: true },
  realisedRevenue: { sql: 'm.realised_revenue', kind: 'money', sortable: true },
  ltv: { sql: 'm.ltv', kind: 'money', sortable: true },
  healthScore: { sql: 'm.health_score', kind: 'number', sortable: true },
  usageTrend: { sql: 'm.usage_trend', kind: 'share', sortable: true },
  ticketsPerMonth: { sql: 'm.tickets_per_month', kind: 'number', sortable: true },
  firstPaidStart: { sql: 'm.first_paid_start', kind: 'date', sortable: true },
  churnDate: { sql: 'm.churn_date', kind: 'date', sortable: true },
  isPartner: { sql: 'm.is_partner', kind: 'boolean', filter: 'values' },
} satisfies Record<string, ListColumn>;

/** The score columns an account's metrics carry, for every list of accounts. */
export const scoreColumns = {
  // The rank is the order of the score, ties by account id, kept in its own index.
  rank: {
    sql: 'm.rank',
    kind: 'integer',
    sortable: true,
    order: { ascending: 'm.rank ASC', descending: 'm.rank DESC' },
  },
  score: { sql: 'm.score', kind: 'number', sortable: true, filter: 'range' },
  tier: { sql: 'm.tier', kind: 'tier', sortable: true, filter: 'values' },
  coverage: { sql: 'm.coverage', kind: 'share', sortable: true },
} satisfies Record<string, ListColumn>;

/**
 * Every scored account, best first: the Advocates view's list. It reads one table, the accounts'
 * metrics with their scores, so a sort, a filter or a count over a million accounts is one scan
 * at most; the partner's name and the CRM's domain are joined for the rows of a page.
 */
export const advocatesList: ListDefinition = {
  base: 'account_metrics m',
  baseAlias: 'm',
  joins: accountJoins,
  where: 'm.rank IS NOT NULL',
  key: 'm.account_id',
  columns: { ...scoreColumns, ...accountColumns },
  defaultSort: { column: 'rank', direction: 'ascending' },
  tieBreak: 'm.account_id',
};

/** Top advocates who are not partners yet: people to invite into the affiliate programme. */
export const recruitsList: ListDefinition = {
  ...advocatesList,
  where: `m.rank IS NOT NULL AND m.tier IN ('champion', 'advocate') AND m.is_partner = 0`,
};
