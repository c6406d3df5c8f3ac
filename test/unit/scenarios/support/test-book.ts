import { dayOf } from '../../../../src-shared/calendar/days';
import { monthOfDay, wholeMonthsBetween } from '../../../../src-shared/calendar/months';
import type { ScenarioFile } from '../../../../src-shared/scenarios/scenario-file';
import { centsOf } from '../../../../src-main/scenarios/book/money-cents';
import { assembleBook } from '../../../../src-main/scenarios/book/read-book';
import { paymentColumns } from '../../../../src-main/scenarios/book/read-payments';
import {
  NO_DAY,
  type BookCustomers,
  type BookPartner,
  type ScenarioBook,
} from '../../../../src-main/scenarios/book/scenario-book';
import { evaluationFrame } from '../../../../src-main/scenarios/engine/evaluation-frame';
import { horizonOf, runScenario } from '../../../../src-main/scenarios/engine/evaluate-scenario';
import {
  scenarioResult,
  seriesUnits,
} from '../../../../src-main/scenarios/outputs/scenario-result';

export interface TestPartner {
  id: string;
  type?: string;
  plan?: string;
  alpha?: number;
  beta?: number;
}

export interface TestCustomer {
  id: string;
  partner: string;
  /** The first paid day; defaults to the first payment's day. */
  firstPaid?: string;
  churn?: string;
  mrr?: number;
  /** Whole months from the first paid day to the as-of date (or the churn), by default. */
  tenure?: number;
  /** The referral day; by default every payment counts. */
  referral?: string;
}

export interface TestPayment {
  customer: string;
  day: string;
  amount: number;
  refunded?: number;
  /** When the refund happened; by default the payment's day, as the payments table implies. */
  refundDay?: string;
}

export interface TestLead {
  partner: string;
  day: string;
  customer?: string;
}

export interface TestData {
  asOf: string;
  partners: TestPartner[];
  customers: TestCustomer[];
  payments: TestPayment[];
  leads?: TestLead[];
}

/**
 * A scenario book from plain rows, through the same pure steps as the workspace's reader
 * (`paymentColumns`, `assembleBook`): the engine's rules are tested without a database. Partners
 * keep the given order; realised revenue is the sum of net payments, and retention cost is 0.
 */
export function testBook(data: TestData): ScenarioBook {
  const position = new Map(data.partners.map((p, i) => [p.id, i]));
  const listed = [...data.customers].sort(
    (a, b) =>
      (position.get(a.partner) as number) - (position.get(b.partner) as number) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const n = listed.length;
  const asOfDay = dayOf(data.asOf);
  const indexOf = new Map(listed.map((c, i) => [c.id, i]));
  const customers: BookCustomers = {
    n,
    accountId: listed.map((c) => c.id),
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
  const referralDay = new Int32Array(n).fill(NO_DAY);
  const customerStart = new Int32Array(data.partners.length + 1);
  listed.forEach((c, i) => {
    const own = data.payments.filter((p) => p.customer === c.id).map((p) => p.day);
    const firstPaid = dayOf(c.firstPaid ?? own.sort()[0] ?? data.asOf);
    const churn = c.churn === undefined ? NO_DAY : dayOf(c.churn);
    customers.partner[i] = position.get(c.partner) as number;
    customerStart[(position.get(c.partner) as number) + 1]++;
    customers.active[i] = churn === NO_DAY ? 1 : 0;
    customers.firstPaidDay[i] = firstPaid;
    customers.firstPaidMonth[i] = monthOfDay(firstPaid);
    customers.churnDay[i] = churn;
    if (churn !== NO_DAY) customers.churnMonth[i] = monthOfDay(churn);
    customers.tenure[i] =
      c.tenure ?? wholeMonthsBetween(firstPaid, churn === NO_DAY ? asOfDay : churn);
    customers.mrrCents[i] = c.mrr === undefined ? NaN : centsOf(c.mrr);
    if (c.referral !== undefined) referralDay[i] = dayOf(c.referral);
  });
  for (let p = 0; p < data.partners.length; p++)
    customerStart[p + 1] = (customerStart[p + 1] as number) + (customerStart[p] as number);

  // As the reader's query: by account, then day (payment ids follow the given order).
  const rows = data.payments
    .map((p, order) => ({ ...p, order, c: indexOf.get(p.customer) as number }))
    .filter((p) => dayOf(p.day) <= asOfDay)
    .sort((a, b) => a.c - b.c || dayOf(a.day) - dayOf(b.day) || a.order - b.order);
  for (const r of rows)
    customers.revenueCents[r.c] =
      (customers.revenueCents[r.c] as number) + centsOf(r.amount) - centsOf(r.refunded ?? 0);
  const { payments, paymentStart } = paymentColumns(
    customers,
    rows.map((r) => r.c),
    rows.map((r) => dayOf(r.day)),
    rows.map((r) => centsOf(r.amount)),
    rows.map((r) => Math.max(0, centsOf(r.amount) - centsOf(r.refunded ?? 0))),
    referralDay,
    data.partners.length,
  );
  for (const r of rows) {
    if (r.refundDay === undefined) continue;
    for (let k = 0; k < payments.n; k++)
      if (payments.customer[k] === r.c && payments.day[k] === dayOf(r.day))
        payments.refundDay[k] = dayOf(r.refundDay);
  }

  const leads = (data.leads ?? [])
    .map((l) => ({ ...l, p: position.get(l.partner) as number }))
    .sort((a, b) => a.p - b.p || dayOf(a.day) - dayOf(b.day));
  const leadStart = new Int32Array(data.partners.length + 1);
  for (const l of leads) leadStart[l.p + 1]++;
  for (let p = 0; p < data.partners.length; p++)
    leadStart[p + 1] = (leadStart[p + 1] as number) + (leadStart[p] as number);

  const partners: BookPartner[] = data.partners.map((p) => ({
    partnerId: p.id,
    name: p.id,
    type: p.type ?? 'affiliate',
    commissionPlan: p.plan ?? null,
    alpha: p.alpha ?? null,
    beta: p.beta ?? null,
    customersLeftOutOfMoney: 0,
    excludedCurrencies: [],
  }));
  return assembleBook({
    key: 'test',
    asOf: data.asOf,
    currency: 'USD',
    revenueEstimated: false,
    partners,
    customerStart,
    paymentStart,
    leadStart,
    customers,
    payments,
    leads: {
      n: leads.length,
      day: Int32Array.from(leads, (l) => dayOf(l.day)),
      month: Int32Array.from(leads, (l) => monthOfDay(dayOf(l.day))),
      customer: Int32Array.from(leads, (l) =>
        l.customer === undefined ? -1 : (indexOf.get(l.customer) ?? -1),
      ),
    },
    recorded: {
      n: 0,
      partner: new Int32Array(0),
      customer: new Int32Array(0),
      month: new Int32Array(0),
      paidCents: new Float64Array(0),
      pendingCents: new Float64Array(0),
      any: false,
    },
  });
}

/** Evaluates a file over a test book: the `scenario show` figures, payout by month and warnings. */
export function evaluateOn(
  book: ScenarioBook,
  file: ScenarioFile,
  money: { grossMargin?: number; discountRate?: number } = {},
) {
  const ef = evaluationFrame(
    book,
    money.grossMargin ?? 1,
    money.discountRate ?? 0,
    horizonOf(file),
  );
  const { run, warnings } = runScenario(ef, file);
  const result = scenarioResult(file.name, run);
  const months = seriesUnits(run);
  /** Payout of a calendar month `YYYY-MM` (history nominal, projection discounted). */
  const inMonth = (label: string): number => {
    const month = Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
    return months[month - book.firstMonth] ?? 0;
  };
  return { result, warnings, inMonth };
}

/** A file around one structure. */
export const scenarioOf = (
  structure: ScenarioFile['structure'],
  extra: Partial<ScenarioFile> = {},
): ScenarioFile => ({ version: 1, name: 'test', structure, ...extra });

/** `count` monthly payments of `amount` from `first` (YYYY-MM-DD, day ≤ 28). */
export function monthly(
  customer: string,
  first: string,
  count: number,
  amount: number,
): TestPayment[] {
  const [y, m, d] = [Number(first.slice(0, 4)), Number(first.slice(5, 7)), first.slice(8, 10)];
  return Array.from({ length: count }, (_, k) => {
    const index = y * 12 + m - 1 + k;
    const month = String((index % 12) + 1).padStart(2, '0');
    return { customer, day: `${Math.floor(index / 12)}-${month}-${d}`, amount };
  });
}
