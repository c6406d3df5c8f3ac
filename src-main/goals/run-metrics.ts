import type Database from 'better-sqlite3';
import type { PartnerReport } from '../../src-shared/model/analysis/economics';
import type { GoalMetricId, GoalSegment } from '../../src-shared/model/goals';
import { isSourceKind, sourceKinds } from '../../src-shared/model/sources';
import { partnerRoi } from '../analysis/partners/quality-grade';
import { readCaseStudies } from '../analysis/results/case-study-list';
import { readReport } from '../analysis/store/results-reader';
import { assessMaturity } from '../coverage/maturity';
import { sourceCoverage } from '../coverage/source-coverage';
import type { MetricValue } from './data-metrics';
import { sameValue } from './segment-match';

export type RunMetricId = Extract<
  GoalMetricId,
  | 'tier-accounts'
  | 'case-study-candidates'
  | 'partner-roi'
  | 'coverage-sources'
  | 'coverage-accounts'
>;

const plain = (value: number | null): MetricValue => ({ value, excludedCurrencies: [] });

/** The account_metrics column of each segment dimension (the stored run's own attributes). */
const segmentColumns = {
  channel: 'm.channel',
  plan: 'm.plan',
  industry: 'm.industry',
  country: 'm.country',
} as const;

/**
 * The SQL condition on `account_metrics m` that keeps a segment's accounts, with its parameters.
 * A partner is named by its id or its name; values match whatever their case.
 */
function segmentCondition(segment: GoalSegment | null): { sql: string; params: string[] } {
  if (segment === null) return { sql: '1', params: [] };
  const value = segment.value.trim();
  if (segment.dimension === 'partner')
    return {
      sql: `(m.partner_id = ? OR m.partner_id IN (SELECT partner_id FROM partners WHERE lower(trim(name)) = lower(?)))`,
      params: [value, value],
    };
  return { sql: `lower(trim(${segmentColumns[segment.dimension]})) = lower(?)`, params: [value] };
}

/**
 * A metric that exists only as a result of an analysis run, read from the stored results of the
 * last run: accounts in a tier, case-study candidates under the active rule, partner ROI (one
 * partner's, or all partners' together), and data coverage.
 */
export function runMetricValue(
  metric: RunMetricId,
  db: Database.Database,
  option: string | null,
  segment: GoalSegment | null,
): MetricValue {
  switch (metric) {
    case 'tier-accounts': {
      const where = segmentCondition(segment);
      const count = db
        .prepare(`SELECT count(*) FROM account_metrics m WHERE m.tier = ? AND ${where.sql}`)
        .pluck()
        .get(option, ...where.params) as number;
      return plain(count);
    }
    case 'case-study-candidates': {
      const list = readCaseStudies(db);
      if (!list) return plain(null);
      if (segment === null) return plain(list.candidates.length);
      const where = segmentCondition(segment);
      const members = new Set(
        db
          .prepare(`SELECT m.account_id FROM account_metrics m WHERE ${where.sql}`)
          .pluck()
          .all(...where.params) as string[],
      );
      return plain(list.candidates.filter((c) => members.has(c.accountId)).length);
    }
    case 'partner-roi':
      return partnerRoiValue(readReport<PartnerReport>(db, 'affiliates'), segment);
    case 'coverage-sources': {
      const present = new Set(
        sourceKinds.filter(
          (kind) => db.prepare(`SELECT 1 FROM ${kind} LIMIT 1`).get() !== undefined,
        ),
      );
      return plain(assessMaturity(present).score);
    }
    case 'coverage-accounts': {
      if (option === null || !isSourceKind(option)) return plain(null);
      const accounts = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
      return plain(sourceCoverage(db, option, accounts).accountShare);
    }
  }
}

/**
 * One partner's ROI as the partner report states it, or the ROI of all partners together: the
 * same formula over the sums of their projected LTV, commissions and projected retention cost,
 * taken over the partners that have a projected LTV.
 */
function partnerRoiValue(report: PartnerReport | null, segment: GoalSegment | null): MetricValue {
  if (!report) return plain(null);
  const rows =
    segment === null
      ? report.partners
      : report.partners.filter(
          (p) => p.partnerId === segment.value.trim() || sameValue(p.name, segment.value),
        );
  const excluded = [...new Set(rows.flatMap((p) => p.excludedCurrencies))].sort();
  if (segment !== null) return { value: rows[0]?.roi ?? null, excludedCurrencies: excluded };
  let ltv = 0;
  let commissions = 0;
  let retention = 0;
  let any = false;
  for (const p of rows) {
    if (p.projectedLtvTotal === null) continue;
    any = true;
    ltv += p.projectedLtvTotal;
    commissions += p.commissionsNet;
    retention += p.projectedRetentionCost ?? 0;
  }
  return {
    value: any ? partnerRoi(ltv, commissions, retention) : null,
    excludedCurrencies: excluded,
  };
}
