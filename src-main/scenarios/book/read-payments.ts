import type Database from 'better-sqlite3';
import { addDays } from '../../../src-shared/calendar/days';
import { paidPaymentCondition, refundedExpression } from '../../analysis/load/payment-facts';
import { toBaseCurrency, type CurrencyContext } from '../../analysis/money/currency';
import { centsOf } from './money-cents';
import { monthTable } from './month-table';
import { NO_DAY, type BookCustomers, type BookPayments } from './scenario-book';

/** Days since 1970-01-01 in SQL: SQLite's own date arithmetic, so no text is parsed in JavaScript. */
const dayColumn = `CAST(julianday(substr(p.paid_at, 1, 10)) - 2440587.5 AS INTEGER)`;

/**
 * The payments the revenue rules count (money arrived: see `paidPaymentCondition`) of referred
 * accounts up to the as-of date, in one query ordered by account, day and payment id. The payment
 * ids and timestamps stay in SQLite.
 */
export const referredPaymentsSql = `
  SELECT p.account_id, ${dayColumn}, upper(coalesce(p.currency, '')), p.amount, ${refundedExpression}
  FROM payments p
  WHERE p.account_id IN (SELECT account_id FROM referrals WHERE account_id IS NOT NULL)
    AND p.paid_at < ? AND ${paidPaymentCondition}
  ORDER BY p.account_id, substr(p.paid_at, 1, 10), p.payment_id`;

type PaymentRow = [
  account: string,
  day: number | null,
  currency: string,
  amount: number,
  refunded: number,
];

/**
 * Every book customer's payments, grouped by partner and ordered by day, then account, then
 * payment id; each numbered among its customer's commissionable payments (dated on or after the
 * referral). The amounts are converted to the base currency and rounded to the cent, as a payout
 * platform sees them. The payments table records how much was refunded but not when: a refund is
 * dated on its payment's day (docs/metrics.md).
 */
export function readPayments(
  db: Database.Database,
  asOf: string,
  currency: CurrencyContext,
  customers: BookCustomers,
  indexOf: ReadonlyMap<string, number>,
  referralDay: Int32Array,
  partnerCount: number,
): { payments: BookPayments; paymentStart: Int32Array } {
  const customer: number[] = [];
  const day: number[] = [];
  const gross: number[] = [];
  const net: number[] = [];
  let account = '';
  let current = -1;
  for (const r of db
    .prepare(referredPaymentsSql)
    .raw()
    .iterate(addDays(asOf, 1)) as IterableIterator<PaymentRow>) {
    if (r[0] !== account) {
      account = r[0];
      current = indexOf.get(account) ?? -1;
    }
    if (current < 0 || r[1] === null) continue;
    const code = r[2] === '' ? null : r[2];
    const amount = toBaseCurrency(r[3], code, currency);
    const refunded = toBaseCurrency(r[4], code, currency);
    // A customer with such a payment is left out of money already; this guards a stale analysis.
    if (amount === null || refunded === null) continue;
    const grossCents = centsOf(amount);
    customer.push(current);
    day.push(r[1]);
    gross.push(grossCents);
    net.push(Math.max(0, grossCents - centsOf(refunded)));
  }
  return paymentColumns(customers, customer, day, gross, net, referralDay, partnerCount);
}

/**
 * The payment columns from payments listed by account, day and payment id: grouped by partner and
 * ordered by day (ties in account order), each numbered among its customer's commissionable
 * payments, and each customer's payment 1 noted in `customers`. A pure step, so that tests build a
 * book from rows without a database.
 */
export function paymentColumns(
  customers: BookCustomers,
  customer: readonly number[],
  day: readonly number[],
  gross: readonly number[],
  net: readonly number[],
  referralDay: Int32Array,
  partnerCount: number,
): { payments: BookPayments; paymentStart: Int32Array } {
  const n = customer.length;
  const order = partnerDayOrder(customers.partner, customer, day, partnerCount);
  const payments: BookPayments = {
    n,
    customer: new Int32Array(n),
    day: new Int32Array(n),
    month: new Int32Array(n),
    grossCents: new Float64Array(n),
    netCents: new Float64Array(n),
    refundDay: new Int32Array(n),
    number: new Int32Array(n),
  };
  const paymentStart = new Int32Array(partnerCount + 1);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const d of day) {
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const months = n > 0 ? monthTable(minDay, maxDay) : undefined;
  for (let k = 0; k < n; k++) {
    const row = order[k];
    const c = customer[row];
    const d = day[row];
    payments.customer[k] = c;
    payments.day[k] = d;
    payments.month[k] = months ? months.monthOf(d) : 0;
    payments.grossCents[k] = gross[row];
    payments.netCents[k] = net[row];
    payments.refundDay[k] = net[row] < gross[row] ? d : NO_DAY;
    paymentStart[customers.partner[c] + 1]++;
    const referral = referralDay[c];
    if (referral === NO_DAY || d >= referral) {
      const number = ++customers.paymentCount[c];
      payments.number[k] = number;
      if (number === 1) {
        customers.firstPaymentDay[c] = d;
        customers.firstPaymentMonth[c] = payments.month[k];
      }
    }
  }
  for (let p = 0; p < partnerCount; p++)
    paymentStart[p + 1] = paymentStart[p + 1] + paymentStart[p];
  return { payments, paymentStart };
}

/**
 * Row positions sorted by (partner, day, row): rows arrive by account, day and payment id, so ties
 * on a partner's day stay in account order and a customer's own payments in day and id order. The
 * three fields are packed into one double and sorted natively; the packing is exact below 2^53.
 */
function partnerDayOrder(
  partnerOf: Int32Array,
  customer: readonly number[],
  day: readonly number[],
  partnerCount: number,
): Int32Array {
  const n = customer.length;
  const order = new Int32Array(n);
  if (n === 0) return order;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const d of day) {
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const days = maxDay - minDay + 1;
  if (partnerCount * days * n < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let r = 0; r < n; r++)
      keys[r] = (partnerOf[customer[r]] * days + (day[r] - minDay)) * n + r;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k] % n;
    return order;
  }
  for (let r = 0; r < n; r++) order[r] = r;
  return order.sort(
    (a, b) => partnerOf[customer[a]] - partnerOf[customer[b]] || day[a] - day[b] || a - b,
  );
}
