import type Database from 'better-sqlite3';
import type { AccountRisk, AccountRiskReason } from '../../../src-shared/model/accounts';
import type { AccountMetrics } from '../../../src-shared/model/analysis/accounts';
import type { RiskReason } from '../../../src-shared/model/analysis/risk';
import { riskFeatures } from '../risk/risk-features';
import { prepared } from './statements';

const highWords = new Map<string, string>(riskFeatures.map((f) => [f.key, f.high]));

/**
 * The account's churn risk from the last analysis, or why it has none: the model scores active
 * customers only. Each reason says which side of the average the account is on, so the window can
 * say it in the analyst's language rather than in the words stored with it.
 */
export function readAccountRisk(
  db: Database.Database,
  accountId: string,
  metrics: AccountMetrics | null,
): AccountRisk {
  if (!metrics) return { state: 'not-analysed' };
  if (metrics.status === 'churned') return { state: 'churned' };
  if (metrics.status === 'prospect') return { state: 'prospect' };
  const row = prepared(db, 'SELECT probability, reasons FROM churn_risk WHERE account_id = ?').get(
    accountId,
  ) as { probability: number; reasons: string } | undefined;
  if (!row) return { state: 'not-scored' };
  const reasons = (JSON.parse(row.reasons) as RiskReason[]).map((r): AccountRiskReason => ({
    feature: r.feature,
    direction: highWords.get(r.feature) === r.label ? 'high' : 'low',
    effect: r.effect,
    value: r.value,
  }));
  return { state: 'scored', probability: row.probability, reasons };
}
