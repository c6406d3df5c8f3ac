import type { TierThresholds } from '../../../src-shared/model/analysis/score';

export const defaultTiers: TierThresholds = { champion: 75, advocate: 60, neutral: 40 };

export const settingKeys = {
  grossMargin: 'analysis.grossMargin',
  discountRate: 'analysis.discountRate',
  npsWindowDays: 'analysis.npsWindowDays',
  usageMetric: 'analysis.usageMetric',
  crcAllocation: 'analysis.crcAllocation',
  crcPerAccountMonth: 'analysis.crcPerAccountMonth',
  crcMonthlyTotal: 'analysis.crcMonthlyTotal',
  tiers: 'score.tiers',
  activeProfile: 'score.activeProfile',
  activeRule: 'caseStudies.activeRule',
  baseCurrency: 'currency.base',
  rates: 'currency.rates',
} as const;
