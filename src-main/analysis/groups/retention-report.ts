import type {
  LogRank,
  RetentionGrouping,
  RetentionReport,
} from '../../../src-shared/model/analysis/retention';
import type { PartnerFacts } from '../load/partner-facts';
import { logRank } from '../retention';
import { retentionGroup, type EconomicsContext } from './group-economics';
import { groupingCodes } from './grouping-codes';
import { bucketByCode, isCustomer, lifetimeColumns } from './lifetimes';

export { NOT_RECORDED, NOT_REFERRED } from './grouping-codes';

/** Splits customers by a code: bucket c holds code c, the last bucket the accounts without one. */
export type CustomerSplit = (codes: Int32Array, size: number) => Int32Array[];

/**
 * Kaplan–Meier and the sBG per group, with the log-rank test across the groups: the figures of
 * `retention --by G`. Groups are listed largest first, then by key. `split` lets the analysis
 * share its buckets (and so its fits) with the channel and partner reports.
 */
export function retentionReport(
  context: EconomicsContext,
  partners: PartnerFacts,
  grouping: RetentionGrouping,
  split: CustomerSplit = (codes, size) =>
    bucketByCode(codes, size, (i) => isCustomer(context.facts, i)),
): RetentionReport {
  const { codes, labels, missing } = groupingCodes(context.facts, partners, grouping);
  const buckets = split(codes, labels.length);
  const groups = buckets
    .map((members, code) => ({ key: code < labels.length ? labels[code] : missing, members }))
    .filter((g) => g.members.length > 0)
    .sort(
      (a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  return {
    asOf: context.facts.asOf,
    unit: 'month',
    groups: groups.map((g) => retentionGroup(g.key, context, g.members).group),
    logRank: logRankOf(groups.map((g) => lifetimeColumns(context.facts, g.members))),
  };
}

/** The log-rank test as `{chisq, df, p}`; null with fewer than two groups with events to compare. */
export function logRankOf(groups: Parameters<typeof logRank>[0]): LogRank | null {
  if (groups.length < 2) return null;
  const test = logRank(groups);
  if (test.df < 1 || !Number.isFinite(test.chisq) || !Number.isFinite(test.p)) return null;
  return { chisq: test.chisq, df: test.df, p: test.p };
}
