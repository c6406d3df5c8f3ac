import { accountColumns, scoreColumns } from './advocates-list';
import type { ListDefinition } from './list-definition';

/**
 * Active accounts by their probability of churning within the model's horizon, highest first:
 * the At risk view's list. It reads the stored risk scores, with each account's metrics joined;
 * the default order is the one `readRisk` and the command line's `risk` give, served by the
 * scores' own index.
 */
export const riskList: ListDefinition = {
  base: 'churn_risk r',
  baseAlias: 'r',
  joins: [
    { alias: 'm', sql: 'JOIN account_metrics m ON m.account_id = r.account_id' },
    { alias: 'p', sql: 'LEFT JOIN partners p ON p.partner_id = m.partner_id' },
    { alias: 'a', sql: 'LEFT JOIN accounts a ON a.account_id = m.account_id' },
  ],
  key: 'r.account_id',
  columns: {
    probability: {
      sql: 'r.probability',
      kind: 'share',
      sortable: true,
      filter: 'range',
      notNull: true,
      order: {
        ascending: 'r.probability ASC, r.account_id',
        descending: 'r.probability DESC, r.account_id',
      },
    },
    expectedLoss: { sql: 'r.probability * m.mrr', kind: 'money', sortable: true },
    reasons: { sql: 'r.reasons', kind: 'text' },
    ...scoreColumns,
    ...accountColumns,
  },
  defaultSort: { column: 'probability', direction: 'descending' },
  tieBreak: 'r.account_id',
};
