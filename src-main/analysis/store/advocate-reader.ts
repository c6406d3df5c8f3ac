import type Database from 'better-sqlite3';
import { type AffiliateRecruit } from '../../../src-shared/model/analysis/economics';
import {
  type RiskModelSummary,
  type RiskReason,
  type RiskReport,
  type RiskRow,
} from '../../../src-shared/model/analysis/risk';
import {
  signalNames,
  type AdvocateRow,
  type ScoreWeights,
  type SignalContribution,
  type SignalName,
  type Tier,
} from '../../../src-shared/model/analysis/score';
import { approachableContacts } from '../load/contact-facts';
import { readReport, readRunWeights, readStamp } from './results-reader';
import { signalColumnPrefix } from './signal-columns';

type ScoreRow = Record<string, string | number | null>;

/** The raw value behind each signal, as `account_metrics` stores it. */
const signalValueColumn: Record<SignalName, string> = {
  health: 'health_score',
  nps: 'nps_latest',
  csat: 'csat_share',
  usageLevel: 'usage_level',
  usageTrend: 'usage_trend',
  expansion: 'expansion_count',
  ltv: 'ltv',
  friction: 'tickets_per_month',
  crc: 'crc_per_month',
};

const advocateSelect = `
  SELECT s.*, m.name, m.channel, m.partner_id, m.plan, m.industry, m.mrr, m.tenure_months,
         m.is_partner, ${signalNames.map((s) => `m.${signalValueColumn[s]}`).join(', ')}
  FROM advocate_scores s
  JOIN account_metrics m ON m.account_id = s.account_id`;

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A stored score's contributions, in signal order. The weight of each signal present is the run's
 * profile weight renormalised over the signals the account has, as when it was scored.
 */
export function storedContributions(row: ScoreRow, weights: ScoreWeights): SignalContribution[] {
  const present = signalNames.filter(
    (s) => typeof row[`${signalColumnPrefix(s)}_percentile`] === 'number',
  );
  const total = present.reduce((sum, s) => sum + weights[s], 0);
  return present.map((s) => ({
    signal: s,
    value: numberOrNull(row[signalValueColumn[s]]) ?? NaN,
    percentile: row[`${signalColumnPrefix(s)}_percentile`] as number,
    weight: total > 0 ? weights[s] / total : 0,
    contribution: row[`${signalColumnPrefix(s)}_contribution`] as number,
  }));
}

function advocateRow(row: ScoreRow, rank: number, weights: ScoreWeights): AdvocateRow {
  return {
    rank,
    accountId: row.account_id as string,
    name: (row.name as string | null) ?? null,
    score: row.score as number,
    tier: row.tier as Tier,
    coverage: row.coverage as number,
    signalsPresent: row.signals_present as number,
    contributions: storedContributions(row, weights),
    channel: (row.channel as string | null) ?? null,
    partnerId: (row.partner_id as string | null) ?? null,
    plan: (row.plan as string | null) ?? null,
    industry: (row.industry as string | null) ?? null,
    mrr: numberOrNull(row.mrr),
    tenureMonths: numberOrNull(row.tenure_months),
    npsLatest: numberOrNull(row.nps_latest),
    isPartner: row.is_partner === 1,
  };
}

/** Scored accounts, best first; ties by account id so the order never depends on the rows. */
export function readAdvocates(
  db: Database.Database,
  options: { top?: number; offset?: number; tier?: Tier } = {},
): AdvocateRow[] {
  const weights = readRunWeights(db);
  if (!weights) return [];
  const offset = options.offset ?? 0;
  const rows = db
    .prepare(
      `${advocateSelect} ${options.tier ? 'WHERE s.tier = @tier' : ''}
       ORDER BY s.score DESC, s.account_id LIMIT @limit OFFSET @offset`,
    )
    .all({
      limit: options.top ?? -1,
      offset,
      ...(options.tier ? { tier: options.tier } : {}),
    }) as ScoreRow[];
  return rows.map((r, k) => advocateRow(r, offset + k + 1, weights));
}

/** One account's score and its explanation, with its rank among all scored accounts. */
export function readAdvocate(db: Database.Database, accountId: string): AdvocateRow | null {
  const weights = readRunWeights(db);
  const row = db.prepare(`${advocateSelect} WHERE s.account_id = ?`).get(accountId) as
    ScoreRow | undefined;
  if (!row || !weights) return null;
  const rank = db
    .prepare(
      'SELECT count(*) + 1 FROM advocate_scores WHERE score > ? OR (score = ? AND account_id < ?)',
    )
    .pluck()
    .get(row.score, row.score, accountId) as number;
  return advocateRow(row, rank, weights);
}

const riskSelect = `SELECT r.account_id, r.probability, r.reasons, m.name, m.mrr, m.channel,
    m.partner_id, s.tier
  FROM churn_risk r JOIN account_metrics m ON m.account_id = r.account_id
  LEFT JOIN advocate_scores s ON s.account_id = r.account_id`;

interface StoredRisk {
  account_id: string;
  probability: number;
  reasons: string;
  name: string | null;
  mrr: number | null;
  channel: string | null;
  partner_id: string | null;
  tier: Tier | null;
}

const riskRow = (r: StoredRisk): RiskRow => ({
  accountId: r.account_id,
  name: r.name,
  probability: r.probability,
  reasons: JSON.parse(r.reasons) as RiskReason[],
  mrr: r.mrr,
  tier: r.tier,
  channel: r.channel,
  partnerId: r.partner_id,
});

/** Active customers by churn probability, highest first, with the model they were scored by. */
export function readRisk(db: Database.Database, top?: number): RiskReport | null {
  const stamp = readStamp(db);
  if (!stamp) return null;
  const rows = db
    .prepare(`${riskSelect} ORDER BY r.probability DESC, r.account_id LIMIT ?`)
    .all(top ?? -1) as StoredRisk[];
  return {
    asOf: stamp.asOf,
    model: readReport<RiskModelSummary>(db, 'risk-model'),
    accounts: rows.map(riskRow),
  };
}

/** One account's churn risk and its reasons; null when it was not scored (not active, say). */
export function readRiskAccount(db: Database.Database, accountId: string): RiskRow | null {
  const row = db.prepare(`${riskSelect} WHERE r.account_id = ?`).get(accountId) as
    StoredRisk | undefined;
  return row ? riskRow(row) : null;
}

/** Advocates to recruit as affiliates: Champion and Advocate tiers who are not partners yet. */
export function readAffiliateRecruits(db: Database.Database, limit = 50): AffiliateRecruit[] {
  const rows = db
    .prepare(
      `SELECT s.account_id, m.name, s.score, s.tier, m.nps_latest, m.tenure_months, m.mrr,
              m.channel, m.industry
       FROM advocate_scores s JOIN account_metrics m ON m.account_id = s.account_id
       WHERE s.tier IN ('champion', 'advocate') AND m.is_partner = 0
       ORDER BY s.score DESC, s.account_id LIMIT ?`,
    )
    .all(limit) as {
    account_id: string;
    name: string | null;
    score: number;
    tier: Tier;
    nps_latest: number | null;
    tenure_months: number | null;
    mrr: number | null;
    channel: string | null;
    industry: string | null;
  }[];
  return rows.map((r) => ({
    accountId: r.account_id,
    name: r.name,
    score: r.score,
    tier: r.tier,
    npsLatest: r.nps_latest,
    tenureMonths: r.tenure_months,
    mrr: r.mrr,
    channel: r.channel,
    industry: r.industry,
    contact: approachableContacts(db, r.account_id)[0] ?? null,
  }));
}
