import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import type { SbgFit } from '../retention';
import {
  LIFETIME_HORIZON_MONTHS,
  discountedResidualLifetime,
  monthlyDiscountRate,
  survivalCurve,
} from '../groups/sbg-lifetime';

/**
 * One account's lifetime value (the advocate score's LTV signal): what it has paid so far, plus
 * its current MRR over the discounted expected residual lifetime the population's sBG gives a
 * customer of its tenure, all times the gross margin. A churned account's LTV is what it paid.
 * NaN when revenue or MRR is unknown or partly in a currency without a rate.
 */
export function accountLtv(
  facts: CoreFacts,
  population: SbgFit | null,
  grossMargin: number,
  annualDiscount: number,
): Float64Array {
  const ltv = new Float64Array(facts.n).fill(NaN);
  const discount = monthlyDiscountRate(annualDiscount);
  let maxTenure = 0;
  for (let i = 0; i < facts.n; i++) maxTenure = Math.max(maxTenure, facts.tenureMonths[i]);
  const curve = population
    ? survivalCurve(population.alpha, population.beta, maxTenure + LIFETIME_HORIZON_MONTHS + 1)
    : null;
  const residualByTenure = new Map<number, number>();
  for (let i = 0; i < facts.n; i++) {
    const state = facts.state[i];
    if (state !== ACTIVE && state !== CHURNED) continue;
    if (facts.excluded.has(i) || Number.isNaN(facts.realised[i])) continue;
    const paid = facts.realised[i] * grossMargin;
    if (state === CHURNED) {
      ltv[i] = paid;
      continue;
    }
    const mrr = facts.mrr[i];
    if (Number.isNaN(mrr) || curve === null) continue;
    const tenure = facts.tenureMonths[i];
    let residual = residualByTenure.get(tenure);
    if (residual === undefined) {
      residual = discountedResidualLifetime(curve, tenure, discount);
      residualByTenure.set(tenure, residual);
    }
    ltv[i] = Math.round((paid + mrr * grossMargin * residual) * 1e6) / 1e6;
  }
  return ltv;
}
