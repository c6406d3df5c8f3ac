import { addMonths } from '../../../src-shared/calendar/months';
import { NO_DAY, type ScenarioBook } from '../book/scenario-book';

const kept = new WeakMap<ScenarioBook, Map<number, Int32Array>>();

/**
 * For `duration: { months: N }`: the first day on which a customer's payments no longer earn, its
 * payment 1 plus N months (a payment is paid less than N whole months after payment 1 exactly when
 * it falls before that day; see `wholeMonthsBetween`). A customer without a commissionable
 * payment yet has its payment 1 in the projection, a month after the as-of date.
 */
export function durationEnd(book: ScenarioBook, months: number): Int32Array {
  let byMonths = kept.get(book);
  if (!byMonths) kept.set(book, (byMonths = new Map()));
  let ends = byMonths.get(months);
  if (!ends) {
    const { customers } = book;
    ends = new Int32Array(customers.n);
    const projectedFirst = addMonths(addMonths(book.asOfDay, 1), months);
    for (let c = 0; c < customers.n; c++) {
      const first = customers.firstPaymentDay[c];
      ends[c] = first === NO_DAY ? projectedFirst : addMonths(first, months);
    }
    byMonths.set(months, ends);
  }
  return ends;
}
