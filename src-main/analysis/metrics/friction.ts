import { ACTIVE, CHURNED, type CoreFacts } from '../load/core-facts';
import type { TicketFacts } from '../load/ticket-facts';

const AVERAGE_MONTH_DAYS = 365.25 / 12;

export interface Friction {
  /** Tickets per active month over the window; NaN without tickets data. */
  ticketsPerMonth: Float64Array;
  /** Share of those tickets that were urgent or high; NaN without tickets in the window. */
  urgentShare: Float64Array;
}

/**
 * Support friction (DESIGN section 4): tickets per active month over the last `windowDays`, with
 * the urgent/high share. The months counted are those the account was a customer within the
 * window, at least one, so a customer of two weeks with two tickets has two per month, not eight.
 */
export function supportFriction(
  facts: CoreFacts,
  tickets: TicketFacts,
  windowDays: number,
): Friction {
  const n = facts.n;
  const result: Friction = {
    ticketsPerMonth: new Float64Array(n).fill(NaN),
    urgentShare: new Float64Array(n).fill(NaN),
  };
  if (!tickets.present) return result;
  const windowStart = facts.asOfDay - windowDays;
  for (let i = 0; i < n; i++) {
    if (facts.state[i] !== ACTIVE && facts.state[i] !== CHURNED) continue;
    const from = Math.max(windowStart, facts.firstPaidDay[i]);
    const to = facts.state[i] === CHURNED ? facts.churnDay[i] : facts.asOfDay;
    if (to < windowStart) continue;
    const months = Math.max(1, (to - from) / AVERAGE_MONTH_DAYS);
    result.ticketsPerMonth[i] = Math.round((tickets.recent[i] / months) * 1e6) / 1e6;
    if (tickets.recent[i] > 0) result.urgentShare[i] = tickets.recentUrgent[i] / tickets.recent[i];
  }
  return result;
}
