import type Database from 'better-sqlite3';
import { dayOf } from '../../../src-shared/calendar/days';
import { monthOfDay } from '../../../src-shared/calendar/months';
import type { BookLeads } from './scenario-book';

/**
 * One lead event per referral on or before the as-of date, converted or not, for the partner that
 * made it, on its referral date (or its conversion date when only that is known). A referral
 * whose customer is left out of money is left out; so is one with no date at all, which cannot be
 * placed in a month. Leads are grouped by partner, by day and referral id within each.
 */
export function readLeads(
  db: Database.Database,
  asOf: string,
  position: ReadonlyMap<string, number>,
  indexOf: ReadonlyMap<string, number>,
  leftOut: ReadonlyMap<string, unknown>,
): { leads: BookLeads; leadStart: Int32Array } {
  const rows = db
    .prepare(
      `SELECT partner_id, account_id, substr(coalesce(referred_at, converted_at), 1, 10) AS day
       FROM referrals
       WHERE partner_id IS NOT NULL AND coalesce(substr(referred_at, 1, 10), '') <= ?
         AND coalesce(referred_at, converted_at) IS NOT NULL
       ORDER BY partner_id, day, referral_id`,
    )
    .raw()
    .all(asOf) as [string, string | null, string][];
  const kept = rows
    .filter((r) => position.has(r[0]) && !(r[1] !== null && leftOut.has(r[1])))
    .map((r) => ({ p: position.get(r[0]) as number, account: r[1], day: dayOf(r[2]) }));
  // Partner positions follow the report's order of ids; SQL's order of ids may differ for
  // characters beyond the Basic Multilingual Plane, so the grouping is made here (stable).
  kept.sort((a, b) => a.p - b.p);
  const n = kept.length;
  const leads: BookLeads = {
    n,
    day: new Int32Array(n),
    month: new Int32Array(n),
    customer: new Int32Array(n),
  };
  const leadStart = new Int32Array(position.size + 1);
  kept.forEach((lead, k) => {
    leads.day[k] = lead.day;
    leads.month[k] = monthOfDay(lead.day);
    leads.customer[k] = lead.account === null ? -1 : (indexOf.get(lead.account) ?? -1);
    leadStart[lead.p + 1]++;
  });
  for (let p = 0; p < position.size; p++) leadStart[p + 1] = leadStart[p + 1] + leadStart[p];
  return { leads, leadStart };
}
