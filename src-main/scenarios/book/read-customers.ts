import type Database from 'better-sqlite3';
import type { PartnerReport } from '../../../src-shared/model/analysis/economics';
import { dayOf } from '../../../src-shared/calendar/days';
import { monthOfDay } from '../../../src-shared/calendar/months';
import { centsOf } from './money-cents';
import { NO_DAY, type BookCustomers, type BookPartner } from './scenario-book';

type CustomerRow = [
  account: string,
  partner: string,
  status: string,
  firstPaid: string | null,
  churn: string | null,
  tenure: number | null,
  mrr: number | null,
  revenue: number | null,
  retentionCost: number | null,
  crcPerMonth: number | null,
];

export interface ReadCustomers {
  partners: BookPartner[];
  customers: BookCustomers;
  customerStart: Int32Array;
  /** Book customer of each account id. */
  indexOf: Map<string, number>;
  /** The day of each customer's referral (the partner report's earliest one), or NO_DAY. */
  referralDay: Int32Array;
}

const dayOrNone = (iso: string | null): number => (iso && iso.length >= 10 ? dayOf(iso) : NO_DAY);

/**
 * The partners as the stored partner report lists them, and the customers it attributes to each
 * (`account_metrics.partner_id`: the partner of the earliest referral on or before the as-of
 * date), leaving out those whose money is not known. Customers are grouped by partner, in account
 * order within each.
 */
export function readCustomers(
  db: Database.Database,
  report: PartnerReport,
  leftOut: ReadonlyMap<string, ReadonlySet<string>>,
): ReadCustomers {
  const plans = new Map(
    db.prepare('SELECT partner_id, commission_plan FROM partners').raw().all() as [
      string,
      string | null,
    ][],
  );
  const position = new Map(report.partners.map((p, i) => [p.partnerId, i]));
  const rows = (
    db
      .prepare(
        `SELECT account_id, partner_id, status, first_paid_start, churn_date, tenure_months, mrr,
                realised_revenue, retention_cost, crc_per_month
         FROM account_metrics WHERE partner_id IS NOT NULL AND paying = 1
         ORDER BY account_id`,
      )
      .raw()
      .all() as CustomerRow[]
  ).filter((r) => position.has(r[1]));

  const leftOutByPartner = new Int32Array(report.partners.length);
  const currencies = report.partners.map(() => new Set<string>());
  const counted: CustomerRow[] = [];
  for (const r of rows) {
    const p = position.get(r[1]) as number;
    const codes = leftOut.get(r[0]);
    if (codes) {
      leftOutByPartner[p]++;
      for (const code of codes) currencies[p]?.add(code);
    } else counted.push(r);
  }
  // Grouped by partner, stable within a partner: account order.
  counted.sort((a, b) => (position.get(a[1]) as number) - (position.get(b[1]) as number));

  const partners: BookPartner[] = report.partners.map((row, p) => ({
    partnerId: row.partnerId,
    name: row.name,
    type: row.type,
    commissionPlan: plans.get(row.partnerId) ?? null,
    alpha: row.sbgAlpha,
    beta: row.sbgBeta,
    customersLeftOutOfMoney: leftOutByPartner[p],
    excludedCurrencies: [...(currencies[p] ?? [])].sort(),
  }));
  const n = counted.length;
  const customers: BookCustomers = {
    n,
    accountId: new Array<string>(n),
    partner: new Int32Array(n),
    active: new Uint8Array(n),
    firstPaidDay: new Int32Array(n),
    churnDay: new Int32Array(n),
    firstPaidMonth: new Int32Array(n),
    churnMonth: new Int32Array(n).fill(-1),
    tenure: new Int32Array(n),
    mrrCents: new Float64Array(n),
    revenueCents: new Float64Array(n),
    retentionCostCents: new Float64Array(n),
    crcPerMonthCents: new Float64Array(n),
    paymentCount: new Int32Array(n),
    firstPaymentDay: new Int32Array(n).fill(NO_DAY),
    firstPaymentMonth: new Int32Array(n).fill(-1),
  };
  const customerStart = new Int32Array(partners.length + 1);
  const indexOf = new Map<string, number>();
  counted.forEach((r, c) => {
    const p = position.get(r[1]) as number;
    customerStart[p + 1]++;
    indexOf.set(r[0], c);
    customers.accountId[c] = r[0];
    customers.partner[c] = p;
    customers.active[c] = r[2] === 'active' ? 1 : 0;
    customers.firstPaidDay[c] = dayOrNone(r[3]);
    customers.churnDay[c] = r[2] === 'churned' ? dayOrNone(r[4]) : NO_DAY;
    customers.firstPaidMonth[c] = monthOfDay(customers.firstPaidDay[c]);
    if (customers.churnDay[c] !== NO_DAY)
      customers.churnMonth[c] = monthOfDay(customers.churnDay[c]);
    customers.tenure[c] = r[5] ?? 0;
    customers.mrrCents[c] = r[6] === null ? NaN : centsOf(r[6]);
    customers.revenueCents[c] = r[7] === null ? 0 : r[7] * 100;
    customers.retentionCostCents[c] = r[8] === null ? 0 : r[8] * 100;
    customers.crcPerMonthCents[c] = r[9] === null ? 0 : r[9] * 100;
  });
  for (let p = 0; p < partners.length; p++)
    customerStart[p + 1] = customerStart[p + 1] + customerStart[p];
  return {
    partners,
    customers,
    customerStart,
    indexOf,
    referralDay: readReferralDays(db, report.asOf, indexOf, n),
  };
}

/**
 * Each customer's referral day: the date of the earliest referral on or before the as-of date,
 * chosen as the partner report chooses the referring partner. A referral without a date leaves
 * NO_DAY, and then every payment of the customer counts.
 */
function readReferralDays(
  db: Database.Database,
  asOf: string,
  indexOf: ReadonlyMap<string, number>,
  n: number,
): Int32Array {
  const days = new Int32Array(n).fill(NO_DAY);
  for (const [account, earliest] of db
    .prepare(
      `SELECT account_id, min(coalesce(referred_at, converted_at, '9999-12-31') || char(31) || partner_id)
       FROM referrals WHERE account_id IS NOT NULL AND partner_id IS NOT NULL
         AND coalesce(substr(referred_at, 1, 10), '') <= ?
       GROUP BY account_id`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<[string, string]>) {
    const c = indexOf.get(account);
    if (c === undefined || earliest.startsWith('9999-12-31')) continue;
    days[c] = dayOf(earliest.slice(0, 10));
  }
  return days;
}
