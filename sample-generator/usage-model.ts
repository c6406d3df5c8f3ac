import type { AccountProfile } from './account-profile';
import { churnDecline, type ActivityMonth } from './activity';
import { firstDayOfMonth, type Day } from './calendar';
import { features } from './catalog/product';
import { clamp, sigmoid, type Random } from './random';

export interface UsageRow {
  month: Day;
  metric: string;
  value: number;
}

export interface UsageSummary {
  rows: UsageRow[];
  /** Active users in the last three active months against the three before, minus one. */
  trend: number;
}

/**
 * Monthly product usage in long format: active users and events every month, and each feature in the
 * months it was used. Adoption and depth lean on quality; usage falls off before churn.
 */
export function drawUsage(
  profile: AccountProfile,
  months: readonly ActivityMonth[],
  rng: Random,
): UsageSummary {
  const q = profile.quality;
  const rows: UsageRow[] = [];
  const adopted = features.map(() => false);
  const users: number[] = [];
  const eventsPerUser = 55 * Math.exp(0.35 * q);
  for (const m of months) {
    const team = m.subscription.plan.perSeat ? m.subscription.seats : profile.teamSize;
    const ramp = m.monthsIn === 0 ? 0.6 : m.monthsIn === 1 ? 0.85 : 1;
    const decline = churnDecline(m.monthsToChurn);
    const adoption = sigmoid(0.6 + 0.9 * q) * ramp * decline * rng.between(0.85, 1.1);
    const activeUsers = Math.max(1, Math.round(team * clamp(adoption, 0.05, 1)));
    users.push(activeUsers);
    const period = firstDayOfMonth(m.month);
    const events = Math.max(
      1,
      Math.round(
        activeUsers * eventsPerUser * decline * m.fraction * Math.exp(0.25 * rng.normal()),
      ),
    );
    rows.push(
      { month: period, metric: 'active_users', value: activeUsers },
      { month: period, metric: 'events', value: events },
    );
    for (let f = 0; f < features.length; f++) {
      const feature = features[f];
      if (!feature) continue;
      if (!adopted[f]) {
        // Most adoption happens while onboarding; later months add few new users of a feature.
        const early = m.monthsIn === 0 ? 0.4 : -1.2;
        adopted[f] = rng.chance(sigmoid(feature.base + feature.qualityWeight * q + early));
        if (!adopted[f]) continue;
      }
      const value = rng.poisson(
        activeUsers * feature.perUser * decline * m.fraction * rng.between(0.5, 1.5),
      );
      if (value > 0) rows.push({ month: period, metric: feature.metric, value });
    }
  }
  const recent = mean(users.slice(-3));
  const before = mean(users.slice(-6, -3));
  return { rows, trend: before > 0 ? recent / before - 1 : 0 };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
