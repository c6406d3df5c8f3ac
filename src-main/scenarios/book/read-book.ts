import type Database from 'better-sqlite3';
import type { PartnerReport } from '../../../src-shared/model/analysis/economics';
import { dayOf } from '../../../src-shared/calendar/days';
import { monthOf } from '../../../src-shared/calendar/months';
import type { EvaluationSettings } from '../../../src-shared/model/scenarios';
import { analysed } from '../../analysis/results/not-analysed';
import { readReport } from '../../analysis/store/results-reader';
import type { CurrencyContext } from '../../analysis/money/currency';
import { customersLeftOutOfMoney } from './money-left-out';
import { readCustomers } from './read-customers';
import { readLeads } from './read-leads';
import { readPayments } from './read-payments';
import { readRecorded } from './read-recorded';
import type { ScenarioBook } from './scenario-book';

/**
 * Reads the book from the stored analysis (the partner report, and each customer's status, MRR,
 * revenue and cost) and from the payments, referrals and commissions up to its as-of date. Call
 * inside a read transaction, so every query sees the same state of the data. Throws the
 * `not-analysed` error before the first analysis.
 */
export function readScenarioBook(
  db: Database.Database,
  key: string,
  settings: EvaluationSettings,
): ScenarioBook {
  const report = analysed(readReport<PartnerReport>(db, 'affiliates'));
  const asOf = report.asOf;
  const currency: CurrencyContext = { base: settings.currency, rates: settings.rates };
  const leftOut = customersLeftOutOfMoney(db, asOf, currency);
  const { partners, customers, customerStart, indexOf, referralDay } = readCustomers(
    db,
    report,
    leftOut,
  );
  const position = new Map(partners.map((p, i) => [p.partnerId, i]));
  const { payments, paymentStart } = readPayments(
    db,
    asOf,
    currency,
    customers,
    indexOf,
    referralDay,
    partners.length,
  );
  const { leads, leadStart } = readLeads(db, asOf, position, indexOf, leftOut);
  const recorded = readRecorded(db, asOf, currency, position, indexOf, leftOut);
  return assembleBook({
    key,
    asOf,
    currency: settings.currency,
    revenueEstimated: report.partners.some((p) => p.realisedRevenueEstimated),
    partners,
    customerStart,
    paymentStart,
    leadStart,
    customers,
    payments,
    leads,
    recorded,
  });
}

export type BookParts = Omit<
  ScenarioBook,
  'asOfDay' | 'asOfMonth' | 'firstMonth' | 'customersLeftOutOfMoney' | 'excludedCurrencies'
>;

/**
 * A book from its columns: the calendar of its as-of date, its first month, and who was left out
 * of money over all partners. A pure step, so that tests build a book without a database.
 */
export function assembleBook(parts: BookParts): ScenarioBook {
  const { asOf, payments, leads, customers, recorded, partners } = parts;
  const asOfMonth = monthOf(asOf);
  let firstMonth = asOfMonth;
  for (let k = 0; k < payments.n; k++)
    if (payments.month[k] < firstMonth) firstMonth = payments.month[k];
  for (let k = 0; k < leads.n; k++) if (leads.month[k] < firstMonth) firstMonth = leads.month[k];
  for (let c = 0; c < customers.n; c++)
    if (customers.firstPaidMonth[c] < firstMonth) firstMonth = customers.firstPaidMonth[c];
  for (let k = 0; k < recorded.n; k++) {
    const month = recorded.month[k];
    if (month >= 0 && month < firstMonth) firstMonth = month;
  }
  const excluded = new Set<string>();
  let leftOutCustomers = 0;
  for (const p of partners) {
    leftOutCustomers += p.customersLeftOutOfMoney;
    for (const code of p.excludedCurrencies) excluded.add(code);
  }
  return {
    ...parts,
    asOfDay: dayOf(asOf),
    asOfMonth,
    firstMonth,
    customersLeftOutOfMoney: leftOutCustomers,
    excludedCurrencies: [...excluded].sort(),
  };
}
