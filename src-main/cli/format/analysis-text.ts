import type { AnalysisFreshness, AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import type { Tier } from '../../../src-shared/model/analysis/score';
import {
  RELIABLE_AUC,
  riskModelReliable,
} from '../../../src-shared/model/analysis/risk-reliability';
import { show } from './text-table';

/** Advocate tiers as the command line names them. */
export const tierLabels: Readonly<Record<Tier, string>> = {
  champion: 'Champion',
  advocate: 'Advocate',
  neutral: 'Neutral',
  at_risk: 'At risk',
};

/** The summary `analyze` prints. */
export function formatAnalysisSummary(s: AnalysisSummary): string {
  const t = s.tierThresholds;
  const risk = s.riskModel;
  return [
    `Analysed as of ${s.stamp.asOf}${s.stamp.asOfFixed ? ' (fixed)' : ' (latest date in the data)'}, profile "${s.stamp.profile}", data revision ${s.stamp.dataRevision}, in ${(s.stamp.durationMs / 1000).toFixed(1)} s.`,
    '',
    `Accounts          ${show.int(s.accounts)}   customers ${show.int(s.customers)} (active ${show.int(s.activeCustomers)}, churned ${show.int(s.churnedCustomers)}), never paid ${show.int(s.prospects)}`,
    `MRR               ${show.money(s.mrr)} ${s.currency}   ARPA ${show.money(s.arpa)} ${s.currency}`,
    `Customer basis    ${s.customerBasis}${s.revenueEstimated ? ' (realised revenue estimated from MRR × active months)' : ''}`,
    `Monthly churn     ${show.percent(s.trailingChurn, 2)} (trailing six-month average)`,
    `NPS               ${show.fixed(s.nps, 1)} over ${s.npsResponses} answers in the last ${s.npsWindowDays} days`,
    `Advocate tiers    ${Object.entries(s.tiers)
      .map(([tier, n]) => `${tierLabels[tier as Tier]} ${n}`)
      .join(', ')}   (thresholds ${t.champion} / ${t.advocate} / ${t.neutral}; ${s.scored} scored)`,
    ...(s.signalsUnused.length > 0
      ? [`Signals unused    ${s.signalsUnused.join(', ')} (absent or without spread)`]
      : []),
    `Churn risk        ${risk ? `AUC ${show.fixed(risk.heldOutAuc, 3)} on ${risk.heldOutAccounts} held-out accounts; trained on ${risk.trainingAccounts} (${risk.trainingChurners} churned within ${risk.horizonDays} days)${riskModelReliable(risk) ? '' : `; not reliable for this data (AUC below ${RELIABLE_AUC})`}` : 'not enough history to train a model'}`,
    `Clusters          ${s.clusters}`,
    `Money             gross margin ${show.percent(s.grossMargin, 0)}, discount rate ${show.percent(s.discountRate, 1)} a year`,
    ...(s.excludedCurrencies.length > 0
      ? [
          `Left out          amounts in ${s.excludedCurrencies.join(', ')}: no exchange rate to ${s.currency} is set.`,
        ]
      : []),
  ].join('\n');
}

/** One line saying how old the results are, for stderr. */
export function formatFreshness(f: AnalysisFreshness): string {
  return f.fresh
    ? `Results of ${f.stamp?.startedAt ?? ''} (as of ${f.stamp?.asOf ?? ''}) are up to date.`
    : f.reasons.join(' ');
}
