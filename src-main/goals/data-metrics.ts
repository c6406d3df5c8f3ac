import type { GoalMetricId, GoalSegment } from '../../src-shared/model/goals';
import { ChurnCalendar } from '../analysis/groups/group-economics';
import { ACTIVE, CHURNED } from '../analysis/load/core-facts';
import { netPromoterScore } from '../analysis/metrics/nps';
import type { DataAtDate } from './data-at-date';
import { segmentMembers } from './segment-match';

/** A metric's value, and the currencies a money figure had to leave out. */
export interface MetricValue {
  value: number | null;
  excludedCurrencies: string[];
}

export type DataMetricId = Extract<
  GoalMetricId,
  'active-customers' | 'mrr' | 'nps' | 'churn-rate' | 'referred-share'
>;

const plain = (value: number | null): MetricValue => ({ value, excludedCurrencies: [] });

/**
 * A metric that the data defines on any date, computed as the analysis engine computes it at that
 * date (docs/metrics.md): customers and MRR from its account facts, NPS from its answer counts and
 * `netPromoterScore`, churn from its monthly churn (`ChurnCalendar`, the trailing six-month
 * average), referrals from its partner attribution. Restricted to the segment's accounts.
 */
export function dataMetricValue(
  metric: DataMetricId,
  data: DataAtDate,
  segment: GoalSegment | null,
): MetricValue {
  const facts = data.facts;
  const inSegment = segmentMembers(data, segment);
  const isActive = (i: number) => facts.state[i] === ACTIVE && inSegment(i);
  const isCustomer = (i: number) =>
    (facts.state[i] === ACTIVE || facts.state[i] === CHURNED) && inSegment(i);
  switch (metric) {
    case 'active-customers': {
      let count = 0;
      for (let i = 0; i < facts.n; i++) if (isActive(i)) count++;
      return plain(count);
    }
    case 'mrr': {
      let sum = 0;
      const excluded = new Set<string>();
      for (let i = 0; i < facts.n; i++) {
        if (!isActive(i)) continue;
        const mrr = facts.mrr[i] ?? Number.NaN;
        if (!Number.isNaN(mrr)) sum += mrr;
        else for (const code of facts.excluded.get(i) ?? []) if (code !== '') excluded.add(code);
      }
      // To the cent, as the analysis summary's MRR.
      return { value: Math.round(sum * 100) / 100, excludedCurrencies: [...excluded].sort() };
    }
    case 'nps': {
      const surveys = data.surveys;
      const counts = { responses: 0, promoters: 0, detractors: 0 };
      for (let i = 0; i < facts.n; i++) {
        if (!isCustomer(i)) continue;
        counts.responses += surveys.npsResponses[i] ?? 0;
        counts.promoters += surveys.promoters[i] ?? 0;
        counts.detractors += surveys.detractors[i] ?? 0;
      }
      return plain(netPromoterScore(counts));
    }
    case 'churn-rate': {
      const members: number[] = [];
      for (let i = 0; i < facts.n; i++) if (isCustomer(i)) members.push(i);
      return plain(new ChurnCalendar(facts).monthly(Int32Array.from(members)).trailing);
    }
    case 'referred-share': {
      const { partnerOf } = data.partners;
      let active = 0;
      let referred = 0;
      for (let i = 0; i < facts.n; i++) {
        if (!isActive(i)) continue;
        active++;
        if ((partnerOf[i] ?? -1) >= 0) referred++;
      }
      return plain(active > 0 ? referred / active : null);
    }
  }
}
