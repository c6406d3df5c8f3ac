import type Database from 'better-sqlite3';
import { monthOf } from '../../../src-shared/calendar/months';
import { toBaseCurrency, type CurrencyContext } from '../../analysis/money/currency';
import type { RecordedCommissions } from './scenario-book';

/**
 * The statuses that take a commission back, as the partner report reads them: such a row is left
 * out of every recorded figure ("net of reversals"). A test holds the two readings together.
 */
const reversed = `lower(coalesce(status, '')) IN ('reversed', 'void', 'voided', 'rejected', 'declined', 'refunded')`;

/** Within its hold: not payable yet. Approved and paid commissions are payable. */
const pending = `lower(coalesce(status, '')) = 'pending'`;

type Row = [
  partner: string | null,
  account: string | null,
  month: string | null,
  currency: string,
  pending: number,
  amount: number,
];

/**
 * The commissions table up to the as-of date as the partner report totals it: pending, approved
 * and paid commissions, net of reversals, each to the partner it names, in the base currency.
 * Commissions in a currency without a rate, and those on customers left out of money, are left
 * out, as the report leaves them out of `commissionsNet`. Rows are kept by partner, customer and
 * month, so the same commissions also give each customer's monthly cost for the payback month.
 */
export function readRecorded(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
  position: ReadonlyMap<string, number>,
  indexOf: ReadonlyMap<string, number>,
  leftOut: ReadonlyMap<string, unknown>,
): RecordedCommissions {
  const any = db.prepare('SELECT 1 FROM commissions LIMIT 1').get() !== undefined;
  const rows = db
    .prepare(
      `SELECT partner_id, account_id, substr(coalesce(created_at, paid_at), 1, 7),
              upper(coalesce(currency, '')), ${pending}, total(amount)
       FROM commissions
       WHERE coalesce(substr(created_at, 1, 10), '') <= ? AND NOT ${reversed}
       GROUP BY 1, 2, 3, 4, 5`,
    )
    .raw()
    .all(asOf) as Row[];
  const kept: { p: number; c: number; month: number; cents: number; pending: boolean }[] = [];
  for (const r of rows) {
    if (r[1] !== null && leftOut.has(r[1])) continue;
    const amount = toBaseCurrency(r[5], r[3] === '' ? null : r[3], currency);
    if (amount === null) continue;
    kept.push({
      p: r[0] === null ? -1 : (position.get(r[0]) ?? -1),
      c: r[1] === null ? -1 : (indexOf.get(r[1]) ?? -1),
      month: r[2] === null || r[2].length < 7 ? -1 : monthOf(`${r[2]}-01`),
      cents: amount * 100,
      pending: r[4] === 1,
    });
  }
  const n = kept.length;
  const recorded: RecordedCommissions = {
    n,
    partner: new Int32Array(n),
    customer: new Int32Array(n),
    month: new Int32Array(n),
    paidCents: new Float64Array(n),
    pendingCents: new Float64Array(n),
    any,
  };
  kept.forEach((row, k) => {
    recorded.partner[k] = row.p;
    recorded.customer[k] = row.c;
    recorded.month[k] = row.month;
    if (row.pending) recorded.pendingCents[k] = row.cents;
    else recorded.paidCents[k] = row.cents;
  });
  return recorded;
}
