import type Database from 'better-sqlite3';
import type { RiskTotals } from '../../../src-shared/model/analysis/risk';
import type { ListQuery } from '../../../src-shared/model/lists';
import { listAggregates } from './list-query';
import { riskList } from './risk-list';

/**
 * The accounts the At risk view's filters keep: how many, the MRR they pay, and the MRR expected
 * to churn within the model's horizon, Σ probability × MRR (an account without MRR adds nothing).
 */
export function riskTotals(db: Database.Database, query: ListQuery): RiskTotals {
  const [accounts = 0, mrr = 0, expectedLoss = 0] = listAggregates(db, riskList, query, [
    'count(*)',
    'total(m.mrr)',
    'total(r.probability * m.mrr)',
  ]);
  return { accounts, mrr, expectedLoss };
}
