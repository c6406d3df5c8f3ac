import { accountColumns, accountJoins, scoreColumns } from './advocates-list';
import type { ListDefinition } from './list-definition';

/**
 * Every account the analysis knows, scored or not: a channel's, a partner's or a segment's
 * customers, and the accounts a view lists by any of their attributes.
 */
export const accountList: ListDefinition = {
  base: 'account_metrics m',
  baseAlias: 'm',
  joins: [
    { alias: 's', sql: 'LEFT JOIN advocate_scores s ON s.account_id = m.account_id' },
    ...accountJoins,
  ],
  key: 'm.account_id',
  columns: {
    ...accountColumns,
    ...scoreColumns,
  },
  defaultSort: { column: 'name', direction: 'ascending' },
  tieBreak: 'm.account_id',
};
