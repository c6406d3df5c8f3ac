import type Database from 'better-sqlite3';
import { type AccountMetrics } from '../../../src-shared/model/analysis/accounts';
import { type RiskReason } from '../../../src-shared/model/analysis/risk';
import { type AnalysisStamp, type AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import {
  signalNames,
  type AdvocateScore,
  type ScoreWeights,
} from '../../../src-shared/model/analysis/score';
import { withIndexesRebuilt } from './bulk-indexes';
import { signalColumnPrefix } from './signal-columns';

export interface StoredReport {
  kind: string;
  key: string;
  body: unknown;
}

/** Everything one run writes, produced lazily so a million rows never sit in memory at once. */
export interface AnalysisOutput {
  stamp: Omit<AnalysisStamp, 'runId'>;
  /** The profile's weights, kept with the run so stored contributions can be explained later. */
  weights: ScoreWeights;
  summary: Omit<AnalysisSummary, 'stamp'>;
  accountCount: number;
  accountMetrics(i: number): AccountMetrics;
  /** Null for an account without a score. */
  advocateScore(i: number): AdvocateScore | null;
  churnRisk(i: number): { probability: number; reasons: RiskReason[] } | null;
  reports: StoredReport[];
}

const b = (value: boolean) => (value ? 1 : 0);

// prettier-ignore
const metricColumns = [
  'account_id', 'run_id', 'name', 'status', 'paying', 'reactivated', 'first_paid_start', 'churn_date',
  'tenure_months', 'mrr', 'realised_revenue', 'revenue_estimated', 'expansion_count',
  'expansion_mrr', 'contraction_count', 'crc_per_month', 'retention_cost', 'nps_latest',
  'nps_category', 'nps_date', 'csat_share', 'csat_responses', 'tickets_per_month', 'urgent_share',
  'usage_level', 'usage_trend', 'health_score', 'ltv', 'channel', 'partner_id', 'plan', 'industry',
  'country', 'use_case', 'csm', 'employees', 'reference_consent', 'is_partner',
  'excluded_currencies', 'cluster', 'score', 'tier', 'coverage', 'rank',
] as const;

// prettier-ignore
const metricValues = (
  m: AccountMetrics,
  runId: number,
  score: AdvocateScore | null,
  rank: number,
) => [
  m.accountId, runId, m.name, m.status, b(m.paying), b(m.reactivated), m.firstPaidStart, m.churnDate,
  m.tenureMonths, m.mrr, m.realisedRevenue, b(m.revenueEstimated), m.expansionCount,
  m.expansionMrr, m.contractionCount, m.crcPerMonth, m.retentionCost, m.npsLatest,
  m.npsCategory, m.npsDate, m.csatShare, m.csatResponses, m.ticketsPerMonth, m.urgentShare,
  m.usageLevel, m.usageTrend, m.healthScore, m.ltv, m.channel, m.partnerId, m.plan, m.industry,
  m.country, m.useCase, m.csm, m.employees,
  m.referenceConsent === null ? null : b(m.referenceConsent), b(m.isPartner),
  m.excludedCurrencies.length > 0 ? m.excludedCurrencies.join(',') : null, m.cluster,
  score?.score ?? null, score?.tier ?? null, score?.coverage ?? null, score ? rank : null,
];

const riskColumns = ['account_id', 'run_id', 'probability', 'reasons'];

const scoreColumns = [
  'account_id',
  'run_id',
  'score',
  'tier',
  'coverage',
  'signals_present',
  ...signalNames.flatMap((s) => [
    `${signalColumnPrefix(s)}_percentile`,
    `${signalColumnPrefix(s)}_contribution`,
  ]),
];

/** The tables written a row per account, whose secondary indexes are built after the rows. */
const perAccountTables = ['account_metrics', 'advocate_scores', 'churn_risk'] as const;

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/**
 * Replaces the previous results with this run's, in ONE transaction on the writer connection: a
 * crash or a failure leaves the last good results in place, and a reader never sees half a run.
 */
export function writeAnalysis(db: Database.Database, output: AnalysisOutput): AnalysisStamp {
  const insertRun = db.prepare(
    insertSql('analysis_runs', [
      'as_of',
      'as_of_fixed',
      'data_revision',
      'settings_hash',
      'profile',
      'profile_fixed',
      'weights',
      'started_at',
      'duration_ms',
      'summary',
    ]),
  );
  const insertMetrics = db.prepare(insertSql('account_metrics', metricColumns));
  const insertScore = db.prepare(insertSql('advocate_scores', scoreColumns));
  const scoreValues = new Array<number | string | null>(scoreColumns.length);
  const insertRisk = db.prepare(insertSql('churn_risk', riskColumns));
  const insertReport = db.prepare(insertSql('analysis_reports', ['run_id', 'kind', 'key', 'body']));

  // The per-account tables' secondary indexes are set aside while old rows go and new ones come.
  return db.transaction(() =>
    withIndexesRebuilt(db, perAccountTables, (): AnalysisStamp => {
      // Older runs go with their rows (ON DELETE CASCADE would walk them one by one; this is faster).
      db.exec(
        'DELETE FROM account_metrics; DELETE FROM advocate_scores; DELETE FROM churn_risk; DELETE FROM analysis_reports; DELETE FROM analysis_runs;',
      );
      const s = output.stamp;
      const runId = Number(
        insertRun.run(
          s.asOf,
          b(s.asOfFixed),
          s.dataRevision,
          s.settingsHash,
          s.profile,
          b(s.profileFixed),
          JSON.stringify(output.weights),
          s.startedAt,
          s.durationMs,
          '{}',
        ).lastInsertRowid,
      );
      const stamp: AnalysisStamp = { runId, ...s };
      const ranks = scoreRanks(output);
      for (let i = 0; i < output.accountCount; i++) {
        const m = output.accountMetrics(i);
        const score = output.advocateScore(i);
        insertMetrics.run(metricValues(m, runId, score, ranks[i] ?? 0));
        if (score) insertScore.run(scoreRow(score, runId, scoreValues));
        const risk = output.churnRisk(i);
        if (risk)
          insertRisk.run(m.accountId, runId, risk.probability, JSON.stringify(risk.reasons));
      }
      for (const r of output.reports)
        insertReport.run(runId, r.kind, r.key, JSON.stringify(r.body));
      db.prepare('UPDATE analysis_runs SET summary = ? WHERE id = ?').run(
        JSON.stringify({ ...output.summary, stamp }),
        runId,
      );
      recordScoreHistory(db, stamp);
      return stamp;
    }),
  )();
}

/**
 * Each scored account's rank among all scored accounts: best score first, ties by account id, as
 * every list orders them. Zero for an account without a score.
 */
function scoreRanks(output: AnalysisOutput): Int32Array {
  const ranks = new Int32Array(output.accountCount);
  const scored: { index: number; score: number; id: string }[] = [];
  for (let i = 0; i < output.accountCount; i++) {
    const score = output.advocateScore(i);
    if (score) scored.push({ index: i, score: score.score, id: score.accountId });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  scored.forEach((entry, position) => (ranks[entry.index] = position + 1));
  return ranks;
}

/** A score moves the history when it changed by this many points, or its tier changed. */
const HISTORY_STEP = 1;

/**
 * Adds a point to each account's score history where its score moved since its last point, so
 * Customer 360 can draw the score across runs without keeping every run's million rows.
 */
function recordScoreHistory(db: Database.Database, stamp: AnalysisStamp): void {
  const moved = `FROM advocate_scores s LEFT JOIN score_latest l ON l.account_id = s.account_id
    WHERE l.account_id IS NULL OR abs(l.score - s.score) >= ${HISTORY_STEP} OR l.tier <> s.tier`;
  db.prepare(
    `INSERT OR REPLACE INTO score_history (account_id, recorded_at, as_of, score, tier, profile)
     SELECT s.account_id, @at, @asOf, s.score, s.tier, @profile ${moved}`,
  ).run({ at: stamp.startedAt, asOf: stamp.asOf, profile: stamp.profile });
  db.exec(
    `INSERT OR REPLACE INTO score_latest (account_id, score, tier)
     SELECT s.account_id, s.score, s.tier ${moved}`,
  );
}

function scoreRow(
  score: AdvocateScore,
  runId: number,
  values: (number | string | null)[],
): (number | string | null)[] {
  values.fill(null);
  values[0] = score.accountId;
  values[1] = runId;
  values[2] = score.score;
  values[3] = score.tier;
  values[4] = score.coverage;
  values[5] = score.signalsPresent;
  for (const c of score.contributions) {
    const at = 6 + 2 * signalNames.indexOf(c.signal);
    values[at] = c.percentile;
    values[at + 1] = c.contribution;
  }
  return values;
}
