import type {
  BaselineRow,
  ChannelReport,
  ChannelRow,
} from '../../../src-shared/model/analysis/economics';
import type { ListQuery } from '../../../src-shared/model/lists';

/** A row of the Channels table: a channel, or the non-referred baseline it is set against. */
export interface ChannelTableRow {
  key: string;
  label: string;
  baseline: boolean;
  row: ChannelRow | BaselineRow;
  logRankP: number | null;
}

export const BASELINE_KEY = '__baseline__';

/** The baseline first, then every channel in the report's order. */
export function channelTableRows(report: ChannelReport, baselineLabel: string): ChannelTableRow[] {
  return [
    {
      key: BASELINE_KEY,
      label: baselineLabel,
      baseline: true,
      row: report.baseline,
      logRankP: null,
    },
    ...report.channels.map((c) => ({
      key: c.channel,
      label: c.channel,
      baseline: false,
      row: c,
      logRankP: c.logRankPVersusBaseline,
    })),
  ];
}

/** The accounts a row stands for, as a filter of the accounts list. */
export const customersQuery = (key: string): ListQuery =>
  key === BASELINE_KEY
    ? { filters: { partner: { values: [null] } }, sort: { column: 'mrr', direction: 'descending' } }
    : { filters: { channel: { values: [key] } }, sort: { column: 'mrr', direction: 'descending' } };
