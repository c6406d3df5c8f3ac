import type { AccountProfile, BillingInterval } from './account-profile';
import { bill } from './billing';
import { addMonths, AS_OF_DAY, later, type Day, type Moment } from './calendar';
import { plans, type Plan } from './catalog/product';
import { monthlyHazard, pickComment, pickFeedback } from './churn-risk';
import type { IdFactory } from './ids';
import type {
  AccountStatusLabel,
  Lifecycle,
  LifecycleState,
  Spell,
  SubscriptionRow,
} from './lifecycle-types';
import type { Coupon } from './partners-model';
import { contract, expand } from './plan-changes';
import { clamp, sigmoid, type Random } from './random';

export type { Charge, Lifecycle, Spell, SubscriptionRow } from './lifecycle-types';

const TRIAL_DAYS = 14;

/**
 * The account's billing history from signup to the as-of date: trial, paid months, plan changes,
 * failed and refunded payments, churn and the odd reactivation. Every probability leans on the
 * account's latent quality and its channel or partner.
 */
export function simulateLifecycle(profile: AccountProfile, rng: Random, ids: IdFactory): Lifecycle {
  const state: LifecycleState = {
    rng,
    ids,
    profile,
    subscriptions: [],
    charges: [],
    spells: [],
    churnDate: null,
    churnReason: null,
    firstChargeDone: false,
  };
  const q = profile.quality;
  const signup = profile.signup;

  if (rng.chance(profile.plan.name === 'Enterprise' ? 0.25 : 0.7)) {
    const trialEnd = signup.day + TRIAL_DAYS;
    const converts = rng.chance(sigmoid(1.0 + 0.9 * q + profile.trialConversion));
    const cancelDay = signup.day + rng.int(2, TRIAL_DAYS - 1);
    const row = newRow(
      state,
      signup,
      profile.plan,
      profile.seats,
      profile.interval,
      profile.coupon,
    );
    row.trialStart = signup.day;
    row.trialEnd = trialEnd;
    row.periodStart = signup.day;
    row.periodEnd = trialEnd;
    if (!converts && cancelDay <= AS_OF_DAY) {
      const at = { day: cancelDay, seconds: rng.int(0, 86_399) };
      row.canceledAt = at;
      row.endedAt = at;
      row.status = 'canceled';
      row.reason = 'cancellation_requested';
      row.feedback = pickFeedback(rng, q, true);
      row.comment = pickComment(rng, row.feedback);
      state.spells.push({
        start: signup.day,
        end: cancelDay,
        scheduledEnd: null,
        trialOnly: true,
        paidStart: null,
      });
      return finish(state, 'Trial cancelled', row);
    }
    if (trialEnd > AS_OF_DAY) {
      row.status = 'trialing';
      state.spells.push({
        start: signup.day,
        end: null,
        scheduledEnd: null,
        trialOnly: true,
        paidStart: null,
      });
      return finish(state, 'Trial', row);
    }
    runSpell(state, row, { day: trialEnd, seconds: signup.seconds }, signup.day, 0);
  } else {
    const delayed = later(signup, rng.int(600, 2 * 86_400));
    const start = delayed.day > AS_OF_DAY ? signup : delayed;
    const row = newRow(state, start, profile.plan, profile.seats, profile.interval, profile.coupon);
    runSpell(state, row, start, start.day, 0);
  }

  const current = state.subscriptions[state.subscriptions.length - 1] as SubscriptionRow;
  return finish(state, current.endedAt === null ? 'Active' : 'Churned', current);
}

function finish(
  state: LifecycleState,
  status: AccountStatusLabel,
  current: SubscriptionRow,
): Lifecycle {
  const firstPaid = state.spells.find((s) => s.paidStart !== null)?.paidStart ?? null;
  return {
    subscriptions: state.subscriptions,
    charges: state.charges,
    spells: state.spells,
    firstPaid,
    status,
    churnDate: state.churnDate,
    churnReason: state.churnReason,
    current,
  };
}

function newRow(
  state: LifecycleState,
  created: Moment,
  plan: Plan,
  seats: number,
  interval: BillingInterval,
  coupon: Coupon | null,
): SubscriptionRow {
  const row: SubscriptionRow = {
    id: state.ids.stripe('sub_', state.rng),
    plan,
    seats,
    interval,
    created,
    trialStart: null,
    trialEnd: null,
    coupon,
    canceledAt: null,
    cancelAt: null,
    endedAt: null,
    status: 'active',
    reason: null,
    feedback: null,
    comment: '',
    periodStart: created.day,
    periodEnd: created.day,
  };
  state.subscriptions.push(row);
  return row;
}

/**
 * One paid spell, from `paidStart` until churn or the as-of date. Months are counted from the
 * billing anchor; yearly plans bill, change and churn only at renewals.
 */
function runSpell(
  state: LifecycleState,
  first: SubscriptionRow,
  paidStart: Moment,
  spellStart: Day,
  reactivations: number,
): void {
  const { rng, profile } = state;
  const q = profile.quality;
  const spell: Spell = {
    start: spellStart,
    end: null,
    scheduledEnd: null,
    trialOnly: false,
    paidStart: paidStart.day,
  };
  state.spells.push(spell);
  const anchor = paidStart.day;
  let row = first;
  let refundChurn = false;

  for (let k = 0; ; k++) {
    const periodStart = addMonths(anchor, k);
    const yearly = row.interval === 'year';
    const billing = !yearly || k % 12 === 0;
    if (billing) {
      row.periodStart = periodStart;
      row.periodEnd = addMonths(anchor, yearly ? k + 12 : k + 1);
      const outcome = bill(state, row, { day: periodStart, seconds: paidStart.seconds }, k);
      if (outcome === 'past_due') {
        row.status = 'past_due';
        return;
      }
      if (outcome === 'failed') {
        const endDay = periodStart + 14;
        row.endedAt = { day: endDay, seconds: paidStart.seconds };
        row.canceledAt = row.endedAt;
        row.status = 'canceled';
        row.reason = 'payment_failed';
        state.churnReason = 'payment_failed';
        spell.end = endDay;
        break;
      }
      if (outcome === 'refunded') {
        const at = later({ day: periodStart, seconds: paidStart.seconds }, rng.int(2, 20) * 86_400);
        row.canceledAt = at;
        row.endedAt = at;
        row.status = 'canceled';
        row.reason = 'cancellation_requested';
        row.feedback = rng.pick([
          'too_expensive',
          'unused',
          'switched_service',
          'missing_features',
        ] as const);
        row.comment = pickComment(rng, row.feedback);
        state.churnReason = row.feedback;
        refundChurn = true;
        spell.end = at.day;
        break;
      }
    }

    const next = addMonths(anchor, k + 1);
    const renewal = !yearly || (k + 1) % 12 === 0;
    const h = monthlyHazard(profile, row.plan, k, yearly);
    const churnChance = yearly ? 1 - Math.pow(1 - h, 12) : h;
    if (next > AS_OF_DAY) {
      // A cancellation already requested, effective at the end of the period that holds the as-of date.
      if (renewal && next - AS_OF_DAY <= 25 && rng.chance(churnChance * 0.7)) {
        row.canceledAt = {
          day: Math.max(periodStart, AS_OF_DAY - rng.int(0, 20)),
          seconds: rng.int(0, 86_399),
        };
        row.cancelAt = next;
        row.reason = 'cancellation_requested';
        row.feedback = pickFeedback(rng, q, false);
        row.comment = pickComment(rng, row.feedback);
        spell.scheduledEnd = next;
      }
      return;
    }
    if (!renewal) continue;

    if (rng.chance(churnChance)) {
      row.canceledAt = {
        day: Math.max(periodStart, next - rng.int(0, 20)),
        seconds: rng.int(0, 86_399),
      };
      row.endedAt = { day: next, seconds: paidStart.seconds };
      row.status = 'canceled';
      row.reason = 'cancellation_requested';
      row.feedback = pickFeedback(rng, q, false);
      row.comment = pickComment(rng, row.feedback);
      state.churnReason = row.feedback;
      spell.end = next;
      break;
    }

    const up = clamp(0.016 * Math.exp(0.75 * q), 0, 0.12);
    const down = clamp(0.005 * Math.exp(-0.6 * q), 0, 0.05);
    const upChance = yearly ? 1 - Math.pow(1 - up, 12) : up;
    const downChance = yearly ? 1 - Math.pow(1 - down, 12) : down;
    const change = rng.chance(upChance)
      ? expand(rng, row, profile.employees)
      : rng.chance(downChance)
        ? contract(rng, row)
        : null;
    if (change) {
      row.endedAt = { day: next, seconds: paidStart.seconds };
      row.status = 'canceled';
      row = newRow(
        state,
        { day: next, seconds: paidStart.seconds },
        change.plan,
        change.seats,
        row.interval,
        row.coupon,
      );
    }
  }

  // Only a churn leaves the loop by `break`; every other way out returns.
  state.churnDate = spell.end;
  const comesBack = !refundChurn && reactivations === 0 && rng.chance(0.14 * sigmoid(1.5 * q));
  if (!comesBack || spell.end === null) return;
  const restart = later({ day: spell.end, seconds: rng.int(0, 86_399) }, rng.int(60, 280) * 86_400);
  if (restart.day >= AS_OF_DAY) return;
  const plan = rng.chance(0.7)
    ? row.plan
    : (plans[Math.max(0, plans.indexOf(row.plan) - 1)] as Plan);
  const seats = plan.perSeat ? clamp(row.seats, plan.minSeats, plan.maxSeats) : 1;
  const back = newRow(state, restart, plan, seats, 'month', null);
  runSpell(state, back, restart, restart.day, reactivations + 1);
}
