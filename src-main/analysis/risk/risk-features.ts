import { ACTIVE, type CoreFacts } from '../load/core-facts';
import type { AccountSnapshot } from '../engine/account-snapshot';
import { riskFeatures } from '../../../src-shared/model/analysis/risk-features';

export { riskFeatures, type RiskFeature } from '../../../src-shared/model/analysis/risk-features';

export const RISK_FEATURE_COUNT = riskFeatures.length;

/**
 * Raw feature values per account, row-major (NaN where missing). The CRM health score is left
 * out on purpose: it is a current value, so for churned accounts it already reflects the churn
 * and would leak the answer into the training data.
 */
export function riskFeatureMatrix(snapshot: AccountSnapshot, rows: Int32Array): Float64Array {
  const facts: CoreFacts = snapshot.core;
  const d = RISK_FEATURE_COUNT;
  const x = new Float64Array(rows.length * d);
  rows.forEach((i, r) => {
    const nps = snapshot.surveys.npsLatest[i];
    const csatN = snapshot.surveys.csatResponses[i];
    const level = snapshot.usage.level[i];
    const trend = snapshot.usage.trend[i];
    const values = [
      Math.log1p(Math.max(0, facts.tenureMonths[i])),
      Number.isNaN(facts.mrr[i]) ? NaN : Math.log1p(Math.max(0, facts.mrr[i])),
      nps,
      Number.isNaN(nps) ? 1 : 0,
      csatN > 0 ? snapshot.surveys.csatSatisfied[i] / csatN : NaN,
      Number.isNaN(level) ? NaN : Math.log1p(Math.max(0, level)),
      Number.isNaN(trend) ? NaN : Math.max(-1, Math.min(3, trend)),
      Number.isNaN(level) ? 1 : 0,
      snapshot.friction.ticketsPerMonth[i],
      snapshot.friction.urgentShare[i],
      facts.expansionCount[i],
      facts.contractionCount[i],
    ];
    x.set(values, r * d);
  });
  return x;
}

export function activeCustomers(facts: CoreFacts): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < facts.n; i++) if (facts.state[i] === ACTIVE) out.push(i);
  return Int32Array.from(out);
}
