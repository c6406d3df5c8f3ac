/**
 * The account signals the churn model reads, with the words a reason code uses when the account
 * is above or below the training average. The stored reasons carry these English words; a view
 * in another language tells the side from them and writes its own.
 */
export const riskFeatures = [
  { key: 'tenure', high: 'long tenure', low: 'short tenure' },
  { key: 'mrr', high: 'high MRR', low: 'low MRR' },
  { key: 'npsLatest', high: 'high NPS answer', low: 'low NPS answer' },
  { key: 'npsMissing', high: 'no NPS answer', low: 'answered NPS' },
  { key: 'csat', high: 'high CSAT', low: 'low CSAT' },
  { key: 'usageLevel', high: 'heavy usage', low: 'light usage' },
  { key: 'usageTrend', high: 'usage growing', low: 'usage falling' },
  { key: 'usageMissing', high: 'no usage data', low: 'usage data present' },
  { key: 'ticketsPerMonth', high: 'many tickets', low: 'few tickets' },
  { key: 'urgentShare', high: 'many urgent tickets', low: 'few urgent tickets' },
  { key: 'expansions', high: 'expanded', low: 'no expansion' },
  { key: 'contractions', high: 'contracted', low: 'no contraction' },
] as const;

export type RiskFeature = (typeof riskFeatures)[number]['key'];

export const isRiskFeature = (key: string): key is RiskFeature =>
  riskFeatures.some((f) => f.key === key);

/** Whether a stored reason says the account is above the average (`high`) or below it. */
export const reasonSide = (reason: { feature: string; label: string }): 'high' | 'low' =>
  riskFeatures.some((f) => f.key === reason.feature && f.high === reason.label) ? 'high' : 'low';
