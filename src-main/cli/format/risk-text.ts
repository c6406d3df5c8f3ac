import type { RiskModelSummary, RiskReport } from '../../../src-shared/model/analysis/risk';
import {
  RELIABLE_AUC,
  riskModelReliable,
} from '../../../src-shared/model/analysis/risk-reliability';
import { show, textTable } from './text-table';

/** The model's figures for --json, with `reliable` beside them; the stored fields are unchanged. */
export const riskModelJson = (model: RiskModelSummary | null) =>
  model && { ...model, reliable: riskModelReliable(model) };

/** The risk report for --json: the stored report, its model marked reliable or not. */
export const riskReportJson = (report: RiskReport) => ({
  ...report,
  model: riskModelJson(report.model),
});

/** What stderr says when the churn ranking should not be trusted; null when it can be. */
export function riskModelWarning(model: RiskModelSummary | null): string | null {
  if (model === null)
    return 'No churn model: too few customers with a known outcome to learn from, so no account is ranked by risk.';
  if (riskModelReliable(model)) return null;
  const measured =
    model.heldOutAuc === null
      ? `its held-out AUC could not be measured (the ${model.heldOutAccounts} held-out accounts all had the same outcome)`
      : `its held-out AUC is ${show.fixed(model.heldOutAuc, 3)}, below ${RELIABLE_AUC} (0.5 is no better than chance)`;
  return `Warning: the churn model's ranking is not reliable for this data: ${measured}. Do not act on the order of this list alone.`;
}

export function formatRisk(report: RiskReport): string {
  const m = report.model;
  if (!m)
    return `No churn model as of ${report.asOf}: too few customers with a known outcome to learn from, so no account is ranked.`;
  const reliability = riskModelReliable(m) ? '' : ' Not reliable for this data.';
  return [
    `Churn within ${m.horizonDays} days as of ${report.asOf}. Logistic model trained on the ${m.trainingAccounts} customers active on ${m.trainedAt} (${m.trainingChurners} churned by ${report.asOf}); held-out AUC ${show.fixed(m.heldOutAuc, 3)} on ${m.heldOutAccounts}.${reliability}`,
    '',
    textTable(report.accounts, [
      { header: 'account', value: (r) => r.accountId },
      { header: 'name', value: (r) => show.text(r.name).slice(0, 30) },
      { header: 'probability', value: (r) => show.percent(r.probability, 1), align: 'right' },
      { header: 'MRR', value: (r) => show.money(r.mrr), align: 'right' },
      { header: 'tier', value: (r) => show.text(r.tier) },
      { header: 'reasons', value: (r) => r.reasons.map((x) => x.label).join(', ') },
    ]),
  ].join('\n');
}
