import type { PartnerScenario, ScenarioResult } from '../../../src-shared/model/scenarios';
import { BONUS, CLAWED, FIELDS, PAID, PENDING, PROJECTION } from '../engine/commission-ledger';
import type { ScenarioRun } from '../engine/scenario-run';
import { earningsDistribution } from './earnings-distribution';
import { addParts, figuresOf, noMoney, type MoneyParts } from './figures';

const paybackOrNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** A finished run as the figures `scenario show` prints: totals, partners and the distribution. */
export function scenarioResult(name: string, run: ScenarioRun): ScenarioResult {
  const { ef, ledger } = run;
  const { book, money, grossMargin } = ef;
  const history = noMoney();
  const projection = noMoney();
  const partners: PartnerScenario[] = book.partners.map((partner, p) => {
    const t = (field: number) => ledger.totals[p * FIELDS + field];
    const h: MoneyParts = {
      customers: money.historyCustomers[p],
      paid: t(PAID),
      pending: t(PENDING),
      clawedBack: t(CLAWED),
      bonuses: t(BONUS),
      revenue: money.historyRevenue[p],
      retentionCost: money.historyCost[p],
    };
    const f: MoneyParts = {
      customers: money.projectedCustomers[p],
      paid: t(PAID + PROJECTION),
      pending: t(PENDING + PROJECTION),
      clawedBack: t(CLAWED + PROJECTION),
      bonuses: t(BONUS + PROJECTION),
      revenue: money.projectedRevenue[p],
      retentionCost: money.projectedCost[p],
    };
    addParts(history, roundedParts(h));
    addParts(projection, roundedParts(f));
    return {
      partnerId: partner.partnerId,
      name: partner.name,
      history: figuresOf(h, grossMargin, paybackOrNull(run.historyPayback[p])),
      projection: figuresOf(f, grossMargin, paybackOrNull(run.projectionPayback[p])),
    };
  });
  const payback = run.totalPayback();
  return {
    name,
    asOf: book.asOf,
    currency: book.currency,
    horizonMonths: ef.horizon,
    history: figuresOf(history, grossMargin, payback.history),
    projection: figuresOf(projection, grossMargin, payback.projection),
    earnings: earningsDistribution(partners.map((p) => p.history.payout)),
    partners,
    customersLeftOutOfMoney: book.customersLeftOutOfMoney,
    excludedCurrencies: book.excludedCurrencies,
  };
}

/**
 * A partner's amounts rounded to the cent as its own figures are, so the totals are the sums of
 * the partners' figures as printed.
 */
function roundedParts(parts: MoneyParts): MoneyParts {
  return {
    customers: parts.customers,
    paid: Math.round(parts.paid),
    pending: Math.round(parts.pending),
    clawedBack: Math.round(parts.clawedBack),
    bonuses: Math.round(parts.bonuses),
    revenue: Math.round(parts.revenue),
    retentionCost: Math.round(parts.retentionCost),
  };
}

/** Payout by month (cents of the run's series) as currency units, for the charts. */
export const seriesUnits = (run: ScenarioRun): number[] =>
  Array.from(run.ledger.series, (cents) => Math.round(cents) / 100);
