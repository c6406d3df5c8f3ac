import type { BaselineRow, GroupOutcomes } from '../../../src-shared/model/analysis/economics';
import type { AnalysisFrame } from '../engine/analysis-frame';
import { netPromoterScore } from '../metrics/nps';
import { groupEconomics } from './group-economics';
import { MoneyCoverage, type MoneyLeftOut } from './money-left-out';

const cents = (x: number): number => Math.round(x * 100) / 100;

/**
 * The economics of a group of customers, with revenue, cost, refunds, advocates and NPS. Counts,
 * churn, retention, advocates and NPS take every member; the money figures only the members whose
 * money is known in the base currency (see `MoneyLeftOut`), and the row says how many were left
 * out and for which currencies.
 */
export function groupOutcomes(
  frame: AnalysisFrame,
  members: Int32Array,
  prospects: Int32Array,
  leftOut: MoneyLeftOut = frame.facts.excluded,
): GroupOutcomes {
  const { facts, snapshot } = frame;
  const crc = snapshot.crc;
  const surveys = snapshot.surveys;
  const coverage = new MoneyCoverage(leftOut);
  let realised = 0;
  let retentionCost = 0;
  let crcSum = 0;
  let crcCount = 0;
  let gross = 0;
  let refunded = 0;
  let top = 0;
  let responses = 0;
  let promoters = 0;
  let detractors = 0;
  for (const i of members) {
    top += frame.topAdvocate[i];
    responses += surveys.npsResponses[i];
    promoters += surveys.promoters[i];
    detractors += surveys.detractors[i];
    if (!coverage.counts(i)) continue;
    if (!Number.isNaN(facts.realised[i])) realised += facts.realised[i];
    if (!Number.isNaN(crc.total[i])) retentionCost += crc.total[i];
    if (!Number.isNaN(crc.perMonth[i])) {
      crcSum += crc.perMonth[i];
      crcCount++;
    }
    gross += facts.payments.gross[i];
    refunded += facts.payments.refunded[i];
  }
  let inTrial = 0;
  for (const i of prospects) inTrial += facts.inTrialCancelled[i];
  return {
    ...groupEconomics(frame.economics, frame.calendar, members, leftOut),
    realisedRevenue: cents(realised),
    realisedRevenueEstimated: facts.revenueEstimated,
    retentionCost: cents(retentionCost),
    crcPerAccountMonth: crcCount > 0 ? crcSum / crcCount : null,
    refundRate: facts.payments.present && gross > 0 ? refunded / gross : null,
    inTrialCancellations: inTrial,
    topAdvocates: top,
    advocateRate: members.length > 0 ? top / members.length : null,
    nps: netPromoterScore({ responses, promoters, detractors }),
    npsResponses: responses,
    excludedCurrencies: coverage.excludedCurrencies(),
    customersLeftOutOfMoney: coverage.customersLeftOut,
  };
}

export function baselineRow(
  frame: AnalysisFrame,
  label: string,
  members: Int32Array,
  prospects: Int32Array,
  leftOut: MoneyLeftOut = frame.facts.excluded,
): BaselineRow {
  return { label, ...frame.money, ...groupOutcomes(frame, members, prospects, leftOut) };
}

/** A group against the baseline: LTV and churn as ratios, and the log-rank test's p-value. */
export interface VersusBaseline {
  ltvVersusBaseline: number | null;
  churnVersusBaseline: number | null;
  logRankPVersusBaseline: number | null;
}

export const ratio = (value: number | null, base: number | null): number | null =>
  value !== null && base !== null && base > 0 ? value / base : null;
