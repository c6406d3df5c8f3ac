import type { CommissionStructure } from '../../../src-shared/scenarios/scenario-file';
import { centsOf, percentMillionths } from '../book/money-cents';

export const EVENT_PAYMENT = 0;
export const EVENT_FIRST_PAYMENT = 1;
export const EVENT_LEAD = 2;

export const RATE_FIXED = 0;
export const RATE_STEPS = 1;
export const RATE_TIERS_ACTIVE = 2;
export const RATE_TIERS_REVENUE = 3;

export const DURATION_LIFETIME = 0;
export const DURATION_PAYMENTS = 1;
export const DURATION_MONTHS = 2;

export const BONUS_ACTIVE = 0;
export const BONUS_NEW = 1;
export const BONUS_REVENUE = 2;

/** One commission amount: millionths of the amount (a percent) or a flat amount in cents. */
export interface Amount {
  flat: boolean;
  /** Millionths of the amount when not flat (12.5% → 125,000). */
  millionths: number;
  /** Cents when flat. */
  cents: number;
}

export interface CompiledBonus {
  when: number;
  /** A count of customers, or cents of month revenue. */
  atLeast: number;
  cents: number;
  once: boolean;
}

/**
 * A commission structure turned into numbers the engine loops over: amounts in cents, percents in
 * millionths, caps as cents (Infinity for none), the rate source and the event as small integers.
 */
export interface CompiledStructure {
  event: number;
  rate: number;
  fixed: Amount;
  /** Steps: payment k takes the first step whose running total `stepUpTo` reaches k. */
  stepUpTo: Float64Array;
  steps: Amount[];
  /** Tier levels: the lower bound of each (a count, or cents of month revenue) and its amount. */
  tierFrom: Float64Array;
  tiers: Amount[];
  marginal: boolean;
  duration: number;
  durationN: number;
  bonuses: CompiledBonus[];
  holdDays: number;
  /** Amounts are net of refunds (the default) rather than gross. */
  refunds: boolean;
  /** Reverse every commission on a customer who churned within this many days of payment 1; -1: never. */
  churnWithinDays: number;
  perCustomer: number;
  perPartnerMonth: number;
  perPartner: number;
}

function amountOf(value: { percent?: number | undefined; flat?: number | undefined }): Amount {
  if (value.flat !== undefined) return { flat: true, millionths: 0, cents: centsOf(value.flat) };
  return { flat: false, millionths: percentMillionths(value.percent ?? 0), cents: 0 };
}

const capOf = (value: number | undefined): number =>
  value === undefined ? Infinity : centsOf(value);

/** Compiles a structure the schema accepted. */
export function compileStructure(s: CommissionStructure): CompiledStructure {
  const event =
    s.event === 'firstPayment'
      ? EVENT_FIRST_PAYMENT
      : s.event === 'lead'
        ? EVENT_LEAD
        : EVENT_PAYMENT;
  const steps = s.steps ?? [];
  let running = 0;
  const stepUpTo = Float64Array.from(steps, (step) =>
    step.payments === undefined ? Infinity : (running += step.payments),
  );
  const levels = s.tiers?.levels ?? [];
  const byRevenue = s.tiers?.by === 'monthRevenue';
  return {
    event,
    rate: s.steps
      ? RATE_STEPS
      : s.tiers
        ? byRevenue
          ? RATE_TIERS_REVENUE
          : RATE_TIERS_ACTIVE
        : RATE_FIXED,
    fixed: amountOf(s.rate ?? { percent: 0 }),
    stepUpTo,
    steps: steps.map(amountOf),
    tierFrom: Float64Array.from(levels, (level) => (byRevenue ? centsOf(level.from) : level.from)),
    tiers: levels.map(amountOf),
    marginal: s.tiers?.apply === 'marginal',
    duration:
      s.duration?.payments !== undefined
        ? DURATION_PAYMENTS
        : s.duration?.months !== undefined
          ? DURATION_MONTHS
          : DURATION_LIFETIME,
    durationN: s.duration?.payments ?? s.duration?.months ?? 0,
    bonuses: (s.bonuses ?? []).map((b) => ({
      when:
        b.when === 'activeCustomers'
          ? BONUS_ACTIVE
          : b.when === 'newCustomers'
            ? BONUS_NEW
            : BONUS_REVENUE,
      atLeast: b.when === 'monthRevenue' ? centsOf(b.atLeast) : b.atLeast,
      cents: centsOf(b.amount),
      once: b.repeat === 'once',
    })),
    holdDays: s.holdDays ?? 0,
    refunds: s.clawback?.refunds ?? true,
    churnWithinDays: s.clawback?.churnWithinDays ?? -1,
    perCustomer: capOf(s.caps?.perCustomer),
    perPartnerMonth: capOf(s.caps?.perPartnerMonth),
    perPartner: capOf(s.caps?.perPartner),
  };
}

/** The amount of the highest tier level whose lower bound is at most `value`; null below the first. */
export function tierAt(c: CompiledStructure, value: number): Amount | null {
  let found: Amount | null = null;
  for (let i = 0; i < c.tierFrom.length; i++) {
    if (c.tierFrom[i] <= value) found = c.tiers[i] as Amount;
    else break;
  }
  return found;
}

/** The step of payment number k (k ≥ 1). */
export function stepAt(c: CompiledStructure, k: number): Amount {
  for (let i = 0; i < c.stepUpTo.length; i++) if (k <= c.stepUpTo[i]) return c.steps[i] as Amount;
  return c.steps[c.steps.length - 1] as Amount;
}
