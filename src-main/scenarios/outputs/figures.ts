import type { ScenarioFigures } from '../../../src-shared/model/scenarios';
import { unitsOf } from '../book/money-cents';

/** A period's money in cents, before it is rounded into figures. */
export interface MoneyParts {
  customers: number;
  paid: number;
  pending: number;
  clawedBack: number;
  bonuses: number;
  revenue: number;
  retentionCost: number;
}

export const noMoney = (): MoneyParts => ({
  customers: 0,
  paid: 0,
  pending: 0,
  clawedBack: 0,
  bonuses: 0,
  revenue: 0,
  retentionCost: 0,
});

export function addParts(into: MoneyParts, from: MoneyParts): MoneyParts {
  into.customers += from.customers;
  into.paid += from.paid;
  into.pending += from.pending;
  into.clawedBack += from.clawedBack;
  into.bonuses += from.bonuses;
  into.revenue += from.revenue;
  into.retentionCost += from.retentionCost;
  return into;
}

/**
 * The figures of DESIGN section 4 from a period's money: payout = paid + pending − clawed back;
 * net revenue = revenue × margin − payout − retention cost; ROI = (revenue × margin − retention
 * cost − payout) ÷ payout, null without a payout; cost per customer = payout ÷ customers. Each
 * amount is rounded to the cent once, here, and the figures built from the rounded amounts, so
 * payout is exactly paid + pending − clawed back as printed.
 */
export function figuresOf(
  parts: MoneyParts,
  grossMargin: number,
  paybackMonth: number | null,
): ScenarioFigures {
  const paid = unitsOf(parts.paid);
  const pending = unitsOf(parts.pending);
  const clawedBack = unitsOf(parts.clawedBack);
  const payout = unitsOf(
    Math.round(parts.paid) + Math.round(parts.pending) - Math.round(parts.clawedBack),
  );
  const revenue = unitsOf(parts.revenue);
  const retentionCost = unitsOf(parts.retentionCost);
  const profit = revenue * grossMargin - retentionCost;
  return {
    customers: parts.customers,
    payout,
    paid,
    pending,
    clawedBack,
    bonuses: unitsOf(parts.bonuses),
    revenue,
    netRevenue: Math.round((profit - payout) * 100) / 100,
    roi: payout > 0 ? (profit - payout) / payout : null,
    costPerCustomer:
      parts.customers > 0 ? Math.round((payout / parts.customers) * 100) / 100 : null,
    paybackMonth,
  };
}
