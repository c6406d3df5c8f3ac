import { plans, type Plan } from './catalog/product';
import type { SubscriptionRow } from './lifecycle-types';
import { clamp, type Random } from './random';

export interface PlanChange {
  plan: Plan;
  seats: number;
}

/** More seats (never more than the company has people) or the next plan up. */
export function expand(rng: Random, row: SubscriptionRow, employees: number): PlanChange | null {
  const index = plans.indexOf(row.plan);
  const higher = plans[index + 1];
  const seatLimit = Math.min(row.plan.maxSeats, Math.max(row.plan.minSeats, employees));
  const full = !row.plan.perSeat || row.seats >= seatLimit;
  if (higher && (full || rng.chance(0.3))) {
    return {
      plan: higher,
      seats: clamp(row.plan.perSeat ? row.seats : 4, higher.minSeats, higher.maxSeats),
    };
  }
  if (full) return null;
  const seats = Math.min(
    seatLimit,
    row.seats + Math.max(1, Math.round(row.seats * rng.between(0.1, 0.5))),
  );
  return { plan: row.plan, seats };
}

export function contract(rng: Random, row: SubscriptionRow): PlanChange | null {
  const index = plans.indexOf(row.plan);
  const lower = index > 0 ? plans[index - 1] : undefined;
  if (lower && (rng.chance(0.3) || row.seats <= row.plan.minSeats)) {
    return {
      plan: lower,
      seats: lower.perSeat ? clamp(row.seats, lower.minSeats, lower.maxSeats) : 1,
    };
  }
  if (!row.plan.perSeat || row.seats <= row.plan.minSeats) return null;
  const seats = Math.max(
    row.plan.minSeats,
    row.seats - Math.max(1, Math.round(row.seats * rng.between(0.1, 0.4))),
  );
  return { plan: row.plan, seats };
}
