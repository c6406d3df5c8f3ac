import type { AccountProfile } from './account-profile';
import { cancellationComments, type ChurnFeedback, type Plan } from './catalog/product';
import { clamp, type Random } from './random';

const BASE_MONTHLY_CHURN = 0.024;

/**
 * Monthly churn risk. New customers leave most in their first months; yearly billing commits them;
 * `quality` is the account's latent success score.
 */
export function monthlyHazard(
  profile: AccountProfile,
  plan: Plan,
  monthsIn: number,
  yearly: boolean,
): number {
  const age = monthsIn < 4 ? 1.5 * profile.earlyHazard : monthsIn < 12 ? 1 : 0.75;
  const h =
    BASE_MONTHLY_CHURN *
    profile.hazard *
    plan.hazard *
    Math.exp(-0.55 * profile.quality) *
    age *
    (yearly ? 0.8 : 1);
  return clamp(h, 0, 0.6);
}

/** Stripe's cancellation feedback, when the customer gave one; unhappy customers blame quality and support. */
export function pickFeedback(rng: Random, quality: number, inTrial: boolean): ChurnFeedback | null {
  if (rng.chance(0.25)) return null;
  const weights: Record<ChurnFeedback, number> = inTrial
    ? {
        too_expensive: 2,
        missing_features: 2,
        switched_service: 1,
        unused: 4,
        customer_service: 0.3,
        too_complex: 2.5,
        low_quality: 0.5,
        other: 1,
      }
    : {
        too_expensive: 3,
        missing_features: 2,
        switched_service: 2,
        unused: 2.5 + Math.max(0, -quality),
        customer_service: 0.7 + Math.max(0, -quality),
        too_complex: 1,
        low_quality: 0.8 + 0.5 * Math.max(0, -quality),
        other: 1,
      };
  const keys = Object.keys(weights) as ChurnFeedback[];
  return keys[rng.weighted(keys.map((k) => weights[k]))] ?? null;
}

export function pickComment(rng: Random, feedback: ChurnFeedback | null): string {
  const options = feedback ? cancellationComments[feedback] : undefined;
  return options && rng.chance(0.35) ? rng.pick(options) : '';
}
