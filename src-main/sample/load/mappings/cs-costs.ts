import type { FileSpec } from '../file-spec';
import { date, lower, number, upper } from '../values';

export const csCosts: FileSpec = {
  file: 'cs-costs.csv',
  kind: 'cs_costs',
  keys: ['period', 'scope'],
  columns: ['amount', 'currency'],
  mapped: ['Month', 'Scope', 'Amount', 'Currency'],
  map: (r) => ({
    period: date(r['Month']),
    scope: lower(r['Scope']),
    amount: number(r['Amount']),
    currency: upper(r['Currency']),
  }),
};
