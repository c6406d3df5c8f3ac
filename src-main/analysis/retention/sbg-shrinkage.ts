import type { Lifetimes } from './lifetime-observation';
import { combineSbgCounts, isSbgCounts, sbgCounts, type SbgCounts } from './sbg-counts';
import { fitSbg, type SbgFit } from './sbg-fit';
import { sbgLikelihood } from './sbg-likelihood';

export interface SbgShrinkageOptions {
  /** m₀: what the population prior is worth, in customers, for a group of (almost) none. Default 50. */
  priorCustomers?: number;
  /** n₀: groups with this many informative customers or more are not shrunk. Default 500. */
  fullSizeCustomers?: number;
}

export interface ShrunkSbgFit {
  /** The group's own maximum-likelihood fit; null without an informative customer. */
  mle: SbgFit | null;
  /** The fit used downstream: the penalised fit when shrunk, else the MLE. */
  shrunkFit: SbgFit | null;
  shrunk: boolean;
  /** Share of the information that comes from the population: m ÷ (n + m). */
  weight: number;
  /** m, the prior's worth in customers for this group. */
  priorCustomers: number;
}

/**
 * Shrinks a small group's sBG fit toward the whole population with a power prior (Ibrahim & Chen
 * 2000): the population's likelihood raised to a₀ = m ÷ N_pop, so it counts as m customers of
 * population experience. The shrunk fit maximises
 *   ℓ_group(α, β) + (m ÷ N_pop) ℓ_population(α, β),
 * which is the plain MLE of the group's counts plus the population's counts scaled by a₀. The prior
 * fades with the group size n: m = m₀ (1 − n ÷ n₀) for n < n₀ and 0 from n₀ on, so the weight
 * m ÷ (n + m) falls continuously from 1 (empty group: the population fit) to 0 (no shrinkage).
 * `shrunkFit.logLik` is the group's own log-likelihood at the shrunk parameters.
 */
export function fitSbgShrunk(
  group: Lifetimes | SbgCounts,
  population: Lifetimes | SbgCounts,
  options: SbgShrinkageOptions = {},
): ShrunkSbgFit {
  const m0 = options.priorCustomers ?? 50;
  const n0 = options.fullSizeCustomers ?? 500;
  const groupCounts = isSbgCounts(group) ? group : sbgCounts(group);
  const populationCounts = isSbgCounts(population) ? population : sbgCounts(population);
  const mle = fitSbg(groupCounts);
  const n = groupCounts.customers;
  const priorCustomers = n < n0 && populationCounts.customers > 0 ? m0 * (1 - n / n0) : 0;
  if (priorCustomers === 0) {
    return { mle, shrunkFit: mle, shrunk: false, weight: 0, priorCustomers: 0 };
  }
  const penalised = fitSbg(
    combineSbgCounts([
      { counts: groupCounts, weight: 1 },
      { counts: populationCounts, weight: priorCustomers / populationCounts.customers },
    ]),
  );
  const shrunkFit =
    penalised === null
      ? null
      : {
          ...penalised,
          logLik: n > 0 ? sbgLikelihood(groupCounts, penalised.alpha, penalised.beta).logLik : 0,
          customers: groupCounts.customers,
          churned: mle?.churned ?? 0,
        };
  return {
    mle,
    shrunkFit,
    shrunk: true,
    weight: priorCustomers / (n + priorCustomers),
    priorCustomers,
  };
}
