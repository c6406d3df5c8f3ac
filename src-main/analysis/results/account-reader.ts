import type Database from 'better-sqlite3';
import type { AccountMetrics, NpsCategory } from '../../../src-shared/model/analysis/accounts';

type Row = Record<string, string | number | null>;

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** One account's stored metrics (Customer 360); null when the account was not analysed. */
export function readAccountMetrics(
  db: Database.Database,
  accountId: string,
): AccountMetrics | null {
  const row = db.prepare('SELECT * FROM account_metrics WHERE account_id = ?').get(accountId) as
    Row | undefined;
  if (!row) return null;
  return {
    accountId: row.account_id as string,
    name: text(row.name),
    status: row.status as AccountMetrics['status'],
    paying: row.paying === 1,
    reactivated: row.reactivated === 1,
    firstPaidStart: text(row.first_paid_start),
    churnDate: text(row.churn_date),
    tenureMonths: num(row.tenure_months),
    mrr: num(row.mrr),
    realisedRevenue: num(row.realised_revenue),
    revenueEstimated: row.revenue_estimated === 1,
    expansionCount: num(row.expansion_count) ?? 0,
    expansionMrr: num(row.expansion_mrr) ?? 0,
    contractionCount: num(row.contraction_count) ?? 0,
    crcPerMonth: num(row.crc_per_month),
    retentionCost: num(row.retention_cost),
    npsLatest: num(row.nps_latest),
    npsCategory: text(row.nps_category) as NpsCategory | null,
    npsDate: text(row.nps_date),
    csatShare: num(row.csat_share),
    csatResponses: num(row.csat_responses) ?? 0,
    ticketsPerMonth: num(row.tickets_per_month),
    urgentShare: num(row.urgent_share),
    usageLevel: num(row.usage_level),
    usageTrend: num(row.usage_trend),
    healthScore: num(row.health_score),
    ltv: num(row.ltv),
    channel: text(row.channel),
    partnerId: text(row.partner_id),
    plan: text(row.plan),
    industry: text(row.industry),
    country: text(row.country),
    useCase: text(row.use_case),
    csm: text(row.csm),
    employees: num(row.employees),
    referenceConsent: row.reference_consent === null ? null : row.reference_consent === 1,
    isPartner: row.is_partner === 1,
    excludedCurrencies: text(row.excluded_currencies)?.split(',') ?? [],
    cluster: num(row.cluster),
  };
}
