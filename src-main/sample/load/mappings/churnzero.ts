import type { FileSpec } from '../file-spec';
import { number, text } from '../values';

/** The customer-success tool's file only adds its own columns to accounts the CRM already has. */
export const churnZeroAccounts: FileSpec = {
  file: 'churnzero-accounts.csv',
  kind: 'accounts',
  keys: ['account_id'],
  columns: ['csm_owner', 'health_score', 'primary_use_case'],
  mapped: ['Account External ID', 'CSM', 'ChurnScore', 'Use Case'],
  enrichOnly: true,
  map: (r) => ({
    account_id: text(r['Account External ID']),
    csm_owner: text(r['CSM']),
    health_score: number(r['ChurnScore']),
    primary_use_case: text(r['Use Case']),
  }),
};
