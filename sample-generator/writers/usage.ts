import { isoDate } from '../calendar';
import type { CsvValue } from '../csv-writer';
import type { SampleAccount } from '../sample-account';

/** Monthly product usage in long format, as a warehouse query exports it. */
export const usageHeader = ['account_id', 'month', 'metric', 'value'] as const;

export function usageRows(a: SampleAccount): CsvValue[][] {
  return a.usage.map((u) => [a.profile.id, isoDate(u.month), u.metric, u.value]);
}
