import type { AccountProfile } from './account-profile';
import { addMonths, AS_OF_DAY, type Day } from './calendar';
import { digitalCsm } from './catalog/people';
import type { Contact } from './contacts-model';
import type { Feedback } from './feedback-model';
import type { Lifecycle } from './lifecycle';
import { clamp, type Random } from './random';

/** What the CRM and the customer-success tool say about an account on the as-of date. */
export interface AccountSnapshot {
  lastActiveDay: Day;
  contactCreated: Day[];
  contactLastActivity: Day[];
  latestNps: number | null;
  referenceConsent: 'Yes' | 'No' | '';
  /** Sales filled in the use case in the CRM; the customer-success tool always has it. */
  useCaseInCrm: boolean;
  lifecycleStage: 'Customer' | 'Opportunity' | 'Evangelist';
  mrr: number;
  health: number;
  healthTrend: 'Up' | 'Flat' | 'Down';
  onboarding: 'Completed' | 'In progress' | 'Stalled';
  lastCsmTouch: Day;
  nextRenewal: Day | null;
  segment: 'SMB' | 'Mid-Market' | 'Enterprise';
}

export function monthlyValue(plan: { monthlyUnitPrice: number }, seats: number): number {
  return plan.monthlyUnitPrice * seats;
}

export function drawSnapshot(
  profile: AccountProfile,
  lifecycle: Lifecycle,
  contacts: readonly Contact[],
  feedback: Feedback,
  usageTrend: number,
  rng: Random,
): AccountSnapshot {
  const q = profile.quality;
  const lastSpell = lifecycle.spells[lifecycle.spells.length - 1];
  const lastActiveDay = lastSpell?.end ?? AS_OF_DAY;
  const active = lifecycle.status === 'Active' || lifecycle.status === 'Trial';

  const contactCreated = contacts.map((_c, i) =>
    i === 0
      ? profile.signup.day
      : Math.min(lastActiveDay, profile.signup.day + Math.floor(rng.exponential(60))),
  );
  const contactLastActivity = contactCreated.map((created) =>
    Math.max(
      created,
      (active ? AS_OF_DAY : lastActiveDay) - Math.floor(rng.exponential(active ? 12 : 25)),
    ),
  );

  let latest: { day: Day; seconds: number; score: number } | null = null;
  for (const r of feedback.nps) {
    if (
      !latest ||
      r.at.day > latest.day ||
      (r.at.day === latest.day && r.at.seconds > latest.seconds)
    ) {
      latest = { day: r.at.day, seconds: r.at.seconds, score: r.score };
    }
  }
  const latestNps = latest?.score ?? null;
  const u = rng.next();
  let referenceConsent: AccountSnapshot['referenceConsent'];
  if (latestNps !== null && latestNps >= 9 && active)
    referenceConsent = u < 0.4 ? 'Yes' : u < 0.45 ? 'No' : '';
  else if (latestNps !== null && latestNps <= 6) referenceConsent = u < 0.25 ? 'No' : '';
  else referenceConsent = u < 0.04 ? 'Yes' : u < 0.08 ? 'No' : '';

  const current = lifecycle.current;
  const mrr = monthlyValue(current.plan, current.seats);
  const npsShift = latestNps === null ? 0 : latestNps >= 9 ? 6 : latestNps <= 6 ? -8 : 0;
  const leaving = current.cancelAt !== null || current.status === 'past_due';
  const health = active
    ? 58 +
      13 * q +
      npsShift +
      clamp(usageTrend * 25, -12, 8) -
      (leaving ? 15 : 0) +
      6 * rng.normal()
    : 28 + 9 * q + 8 * rng.normal();
  const tenureMonths = lifecycle.firstPaid === null ? 0 : (AS_OF_DAY - lifecycle.firstPaid) / 30.4;
  const touchMean = profile.csm === digitalCsm ? 60 : 18;
  let nextRenewal: Day | null = null;
  if (
    active &&
    current.endedAt === null &&
    current.cancelAt === null &&
    lifecycle.status === 'Active'
  ) {
    nextRenewal =
      current.periodEnd > AS_OF_DAY
        ? current.periodEnd
        : addMonths(current.periodEnd, current.interval === 'year' ? 12 : 1);
  }

  return {
    lastActiveDay,
    contactCreated,
    contactLastActivity,
    latestNps,
    referenceConsent,
    useCaseInCrm: rng.chance(0.6),
    lifecycleStage:
      lifecycle.firstPaid === null
        ? 'Opportunity'
        : referenceConsent === 'Yes' && active
          ? 'Evangelist'
          : 'Customer',
    mrr,
    health: Math.round(clamp(health, 1, 99)),
    healthTrend: usageTrend > 0.08 ? 'Up' : usageTrend < -0.08 ? 'Down' : 'Flat',
    onboarding:
      tenureMonths < 1.2 ? 'In progress' : q < -0.9 && tenureMonths < 5 ? 'Stalled' : 'Completed',
    lastCsmTouch: Math.max(
      profile.signup.day,
      lastActiveDay - Math.floor(rng.exponential(touchMean)),
    ),
    nextRenewal,
    segment: mrr < 300 ? 'SMB' : mrr < 2500 ? 'Mid-Market' : 'Enterprise',
  };
}
