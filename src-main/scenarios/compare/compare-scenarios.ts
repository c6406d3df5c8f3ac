import type {
  FigureDelta,
  PayoutMover,
  ScenarioComparison,
  ScenarioDelta,
  ScenarioFigures,
  ScenarioResult,
} from '../../../src-shared/model/scenarios';

const cents = (x: number) => Math.round(x * 100) / 100;
const minus = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

export function figureDelta(a: ScenarioFigures, b: ScenarioFigures): FigureDelta {
  const cost = minus(a.costPerCustomer, b.costPerCustomer);
  return {
    payout: cents(a.payout - b.payout),
    netRevenue: cents(a.netRevenue - b.netRevenue),
    roi: minus(a.roi, b.roi),
    costPerCustomer: cost === null ? null : cents(cost),
    paid: cents(a.paid - b.paid),
    pending: cents(a.pending - b.pending),
    clawedBack: cents(a.clawedBack - b.clawedBack),
    bonuses: cents(a.bonuses - b.bonuses),
    revenue: cents(a.revenue - b.revenue),
    paybackMonth: minus(a.paybackMonth, b.paybackMonth),
  };
}

const scenarioDelta = (
  a: { history: ScenarioFigures; projection: ScenarioFigures },
  b: { history: ScenarioFigures; projection: ScenarioFigures },
): ScenarioDelta => ({
  ...figureDelta(a.history, b.history),
  projection: figureDelta(a.projection, b.projection),
});

export const MOVERS = 10;

/**
 * Scenarios side by side, the baseline first and the others with their deltas against it, for
 * the totals and for each partner, and the ten partners whose history payout moves most (by the
 * absolute change; partners whose payout does not move are not movers).
 */
export function compareScenarios(
  baseline: ScenarioResult,
  others: readonly ScenarioResult[],
): ScenarioComparison {
  const byPartner = new Map(baseline.partners.map((p) => [p.partnerId, p]));
  const compared = others.map((scenario): ScenarioResult => {
    const partners = scenario.partners.map((partner) => {
      const base = byPartner.get(partner.partnerId);
      return base ? { ...partner, delta: scenarioDelta(partner, base) } : partner;
    });
    const movers: PayoutMover[] = partners
      .filter((p) => p.delta !== undefined && p.delta.payout !== 0)
      .map((p) => ({
        partnerId: p.partnerId,
        name: p.name,
        baselinePayout: byPartner.get(p.partnerId)?.history.payout ?? 0,
        payout: p.history.payout,
        delta: p.delta?.payout ?? 0,
        projectionDelta: p.delta?.projection.payout ?? 0,
      }))
      .sort(
        (a, b) =>
          Math.abs(b.delta) - Math.abs(a.delta) ||
          (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
      )
      .slice(0, MOVERS);
    return { ...scenario, partners, delta: scenarioDelta(scenario, baseline), movers };
  });
  return { baseline: baseline.name, scenarios: [baseline, ...compared] };
}
