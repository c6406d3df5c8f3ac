import type { FileSpec } from '../file-spec';
import { date, number, text } from '../values';

export const productUsage: FileSpec = {
  file: 'product-usage.csv',
  kind: 'usage',
  keys: ['account_id', 'period', 'metric'],
  columns: ['value'],
  mapped: ['account_id', 'month', 'metric', 'value'],
  map: (r) => ({
    account_id: text(r['account_id']),
    period: date(r['month']),
    metric: text(r['metric']),
    value: number(r['value']),
  }),
};
