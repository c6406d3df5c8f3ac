import type { GroupEconomics } from '../../../src-shared/model/analysis/economics';
import type {
  MonthlyChurnPoint,
  RetentionGroup,
} from '../../../src-shared/model/analysis/retention';
import type { MoneyAssumptions } from '../../../src-shared/model/analysis/runs';
import { isoOf } from '../../../src-shared/calendar/days';
import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import {
  fitSbg,
  fitSbgShrunk,
  kaplanMeier,
  ltvSimple,
  monthlyChurn,
  sbgExpectedLifetime,
  sbgProjectedSurvival,
  type ChurnAccount,
  type SbgCounts,
  type SbgFit,
} from '../retention';
import { customersWhere, lifetimeColumns, sbgCountsOf } from './lifetimes';
import type { MoneyLeftOut } from './money-left-out';
import {
  LIFETIME_HORIZON_MONTHS,
  discountedLifetime,
  discountedResidualLifetime,
  monthlyDiscountRate,
  survivalCurve,
} from './sbg-lifetime';

/** Months of churn history each group reports. */
const CHURN_MONTHS_REPORTED = 24;

/**
 * How strongly small groups are shrunk toward the population: a group of (almost) no customers is
 * worth the population's experience of 20 customers, and the prior fades linearly to nothing at 200
 * informative customers (docs/metrics.md).
 */
export const SHRINKAGE = { priorCustomers: 20, fullSizeCustomers: 200 } as const;

/** The whole customer base's lifetimes and sBG: the target small groups are shrunk toward. */
export interface Population {
  counts: SbgCounts;
  fit: SbgFit | null;
}

export function populationOf(facts: CoreFacts): Population {
  const counts = sbgCountsOf(
    facts,
    customersWhere(facts, () => true),
  );
  return { counts, fit: fitSbg(counts) };
}

export interface EconomicsContext {
  facts: CoreFacts;
  money: MoneyAssumptions;
  population: Population;
  /** Months of projected survival each sBG reports. */
  horizonMonths: number;
  /** Fits already made, by the very array of members: reports that share buckets fit once. */
  fitted?: WeakMap<Int32Array, FittedGroup>;
}

/** First paid start and churn date of every customer as ISO text, made once for all groups. */
export class ChurnCalendar {
  private readonly starts: (string | null)[];
  private readonly churns: (string | null)[];

  constructor(private readonly facts: CoreFacts) {
    this.starts = new Array<string | null>(facts.n).fill(null);
    this.churns = new Array<string | null>(facts.n).fill(null);
    for (let i = 0; i < facts.n; i++) {
      if (facts.state[i] !== ACTIVE && facts.state[i] !== CHURNED) continue;
      this.starts[i] = isoOf(facts.firstPaidDay[i]);
      if (facts.state[i] === CHURNED) this.churns[i] = isoOf(facts.churnDay[i]);
    }
  }

  /** Customer churn by month (DESIGN section 4), by the maths library's definition. */
  monthly(members: Int32Array): { points: MonthlyChurnPoint[]; trailing: number | null } {
    const accounts: ChurnAccount[] = [];
    for (const i of members) {
      const start = this.starts[i];
      if (start !== null) accounts.push({ start, churn: this.churns[i] });
    }
    const churn = monthlyChurn(accounts, this.facts.asOf);
    return {
      points: churn.months.slice(-CHURN_MONTHS_REPORTED),
      trailing: churn.trailingSixMonthAverage,
    };
  }
}

export interface FittedGroup {
  group: RetentionGroup;
  /** The fit LTVs use: the shrunk one for a small group, else the group's own. */
  fitUsed: SbgFit | null;
}

/** Kaplan–Meier and the sBG of one group, as `retention --json` prints them. */
export function retentionGroup(
  key: string,
  context: EconomicsContext,
  members: Int32Array,
): FittedGroup {
  const known = context.fitted?.get(members);
  if (known) return { group: { ...known.group, key }, fitUsed: known.fitUsed };
  const lifetimes = lifetimeColumns(context.facts, members);
  const km = kaplanMeier(lifetimes);
  const fits = fitSbgShrunk(
    sbgCountsOf(context.facts, members),
    context.population.counts,
    SHRINKAGE,
  );
  const horizon = context.horizonMonths;
  // Without a churn there is nothing to fit (the likelihood grows without bound as α → 0). A fit
  // that runs to large α and β with α/(α+β) fixed is the geometric limit, a homogeneous group:
  // it is reported as it is.
  const own = fits.mle !== null && fits.mle.churned > 0 ? fits.mle : null;
  const shrunk = fits.shrunk ? fits.shrunkFit : null;
  const group: RetentionGroup = {
    key,
    n: members.length,
    events: km.events,
    km: km.points,
    medianMonths: km.medianMonths,
    sbg: own
      ? {
          alpha: own.alpha,
          beta: own.beta,
          logLik: own.logLik,
          expectedLifetimeMonths: restrictedLifetime(own),
          projectedSurvival: Array.from(sbgProjectedSurvival(own.alpha, own.beta, horizon)),
        }
      : null,
    sbgShrunk: shrunk
      ? {
          alpha: shrunk.alpha,
          beta: shrunk.beta,
          weight: fits.weight,
          expectedLifetimeMonths: restrictedLifetime(shrunk),
          projectedSurvival: Array.from(sbgProjectedSurvival(shrunk.alpha, shrunk.beta, horizon)),
        }
      : null,
  };
  const fitted = { group, fitUsed: fits.shrunkFit };
  context.fitted?.set(members, fitted);
  return fitted;
}

/** E[min(T, 120)] = Σ_{t<120} S(t): finite whatever α is, so groups compare. */
const restrictedLifetime = (fit: SbgFit): number =>
  sbgExpectedLifetime(fit.alpha, fit.beta, LIFETIME_HORIZON_MONTHS).restrictedMonths;

/**
 * Churn, lifetime and value of a group, with its retention curve. Churn and lifetimes count every
 * member; ARPA, and so the LTVs, only those whose money is known (not in `leftOut`).
 */
export function groupEconomics(
  context: EconomicsContext,
  calendar: ChurnCalendar,
  members: Int32Array,
  leftOut: MoneyLeftOut = context.facts.excluded,
): GroupEconomics {
  const { facts, money } = context;
  let active = 0;
  let mrrSum = 0;
  let mrrCount = 0;
  let maxTenure = 0;
  for (const i of members) {
    if (facts.state[i] !== ACTIVE) continue;
    active++;
    maxTenure = Math.max(maxTenure, facts.tenureMonths[i]);
    if (!Number.isNaN(facts.mrr[i]) && !leftOut.has(i)) {
      mrrSum += facts.mrr[i];
      mrrCount++;
    }
  }
  const churn = calendar.monthly(members);
  const { group, fitUsed: fit } = retentionGroup('', context, members);
  const arpa = mrrCount > 0 ? mrrSum / mrrCount : null;
  const discount = monthlyDiscountRate(money.discountRate);
  let lifetime: number | null = null;
  let residual: number | null = null;
  // An empty group (a partner with leads only) has no lifetime of its own to report.
  if (fit && members.length > 0) {
    const curve = survivalCurve(fit.alpha, fit.beta, maxTenure + LIFETIME_HORIZON_MONTHS + 1);
    lifetime = discountedLifetime(curve, discount);
    residual = meanResidual(facts, members, curve, discount);
  }
  return {
    customers: members.length,
    activeCustomers: active,
    churnedCustomers: members.length - active,
    monthlyChurn: churn.points,
    trailingSixMonthChurn: churn.trailing,
    arpa,
    sbgAlpha: fit?.alpha ?? null,
    sbgBeta: fit?.beta ?? null,
    sbgShrunk: group.sbgShrunk !== null,
    sbgPopulationWeight: group.sbgShrunk?.weight ?? 0,
    expectedLifetimeMonths: lifetime,
    expectedResidualLifetimeMonths: residual,
    ltvSbg: arpa !== null && lifetime !== null ? arpa * money.grossMargin * lifetime : null,
    ltvSimple: arpa === null ? null : ltvSimple(arpa, money.grossMargin, churn.trailing),
    medianLifetimeMonths: group.medianMonths,
    retentionCurve: group.km,
  };
}

function meanResidual(
  facts: CoreFacts,
  members: Int32Array,
  curve: Float64Array,
  discount: number,
): number | null {
  const byTenure = new Map<number, number>();
  let sum = 0;
  let count = 0;
  for (const i of members) {
    if (facts.state[i] !== ACTIVE) continue;
    const tenure = facts.tenureMonths[i];
    let value = byTenure.get(tenure);
    if (value === undefined) {
      value = discountedResidualLifetime(curve, tenure, discount);
      byTenure.set(tenure, value);
    }
    sum += value;
    count++;
  }
  return count > 0 ? sum / count : null;
}
