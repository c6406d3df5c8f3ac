import type { SubscriptionRow } from '../load/subscription-rows';

export type MovementType = 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';

export interface MrrMovement {
  date: string;
  type: MovementType;
  mrrDelta: number;
  planFrom: string | null;
  planTo: string | null;
}

interface Priced {
  start: string;
  end: string | null;
  mrr: number;
  plan: string | null;
}

/**
 * MRR movements of one account derived from its subscriptions (DESIGN section 4), for when the
 * workspace has none imported. MRR is evaluated on every day a subscription starts or ends; a
 * plan change that ends one row and starts the next on the same day is one movement. Nothing
 * counts before `paidFrom` (the first payment), so a trial is not a "new" movement.
 *
 * `mrrOf` converts a row's MRR to the base currency, or returns null when it cannot, in which case
 * no movements are derived (amounts in different currencies are never mixed).
 */
export function deriveMovements(
  subscriptions: readonly SubscriptionRow[],
  paidFrom: string,
  asOf: string,
  mrrOf: (row: SubscriptionRow) => number | null,
): MrrMovement[] | null {
  const priced: Priced[] = [];
  for (const s of subscriptions) {
    if (s.start > asOf || s.mrr === null) continue;
    const end = s.end !== null && s.end <= asOf ? s.end : null;
    if (end !== null && end <= paidFrom) continue;
    const mrr = mrrOf(s);
    if (mrr === null) return null;
    priced.push({ start: s.start < paidFrom ? paidFrom : s.start, end, mrr, plan: s.plan });
  }
  const days = new Set<string>();
  for (const p of priced) {
    days.add(p.start);
    if (p.end !== null) days.add(p.end);
  }
  const movements: MrrMovement[] = [];
  let previous = 0;
  let previousPlan: string | null = null;
  let everPaid = false;
  for (const day of [...days].sort()) {
    let mrr = 0;
    let plan: string | null = null;
    let planMrr = -1;
    for (const p of priced) {
      if (p.start <= day && (p.end === null || p.end > day)) {
        mrr += p.mrr;
        if (p.mrr > planMrr) {
          planMrr = p.mrr;
          plan = p.plan;
        }
      }
    }
    mrr = Math.round(mrr * 1e6) / 1e6;
    const delta = Math.round((mrr - previous) * 1e6) / 1e6;
    // A plan change at the same price moves no MRR and is not one of the five movement types.
    if (delta !== 0) {
      const type: MovementType =
        previous === 0
          ? everPaid
            ? 'reactivation'
            : 'new'
          : mrr === 0
            ? 'churn'
            : delta > 0
              ? 'expansion'
              : 'contraction';
      movements.push({
        date: day,
        type,
        mrrDelta: delta,
        planFrom: previous === 0 ? null : previousPlan,
        planTo: mrr === 0 ? null : plan,
      });
    }
    if (mrr > 0) everPaid = true;
    previous = mrr;
    previousPlan = mrr > 0 ? plan : previousPlan;
  }
  return movements;
}
