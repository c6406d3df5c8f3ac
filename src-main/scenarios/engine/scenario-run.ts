import { type ScenarioBook } from '../book/scenario-book';
import { CommissionLedger } from './commission-ledger';
import type { EvaluationFrame } from './evaluation-frame';
import { paybackMonthOf, runningSums } from './payback-base';

/**
 * A scenario's ledger over one evaluation frame, with each partner's payback months taken as the
 * partner is finished (its commission differences are reused by the next partner).
 */
export class ScenarioRun {
  readonly ledger: CommissionLedger;
  /** Per partner; NaN for no payback. */
  readonly historyPayback: Float64Array;
  readonly projectionPayback: Float64Array;
  private readonly sums = new Float64Array(60);

  constructor(readonly ef: EvaluationFrame) {
    const { book } = ef;
    const P = book.partners.length;
    this.ledger = new CommissionLedger(
      P,
      book.customers.n,
      book.firstMonth,
      ef.months,
      book.asOfDay,
      ef.frame.day[ef.horizon],
      book.customers.churnDay,
      book.customers.churnMonth,
      book.customers.firstPaymentDay,
      {
        firstMonth: book.customers.firstPaidMonth,
        historyObserved: ef.historyPayback.observed,
        projectionObserved: ef.projectionPayback.observed,
      },
    );
    this.historyPayback = new Float64Array(P).fill(NaN);
    this.projectionPayback = new Float64Array(P).fill(NaN);
  }

  get book(): ScenarioBook {
    return this.ef.book;
  }

  /** Takes partner p's payback months from the ledger's differences, then closes the partner. */
  finishPartner(p: number): void {
    const { ef, ledger } = this;
    this.historyPayback[p] = this.paybackOf(ef.historyPayback, p, ledger.historyDiff) ?? NaN;
    this.projectionPayback[p] =
      this.paybackOf(ef.projectionPayback, p, ledger.projectionDiff) ?? NaN;
    ledger.end();
  }

  private paybackOf(
    base: EvaluationFrame['historyPayback'],
    p: number,
    diff: Float64Array,
  ): number | null {
    const at = p * 60;
    return paybackMonthOf(
      base.revenue.subarray(at, at + 60),
      base.cost.subarray(at, at + 60),
      base.count.subarray(at, at + 60),
      runningSums(diff, this.sums),
      this.ef.grossMargin,
    );
  }

  /** The payback months of every referred customer together (the scenario's totals). */
  totalPayback(): { history: number | null; projection: number | null } {
    const { ef, ledger } = this;
    const P = this.book.partners.length;
    const total = (base: EvaluationFrame['historyPayback'], diff: Float64Array) => {
      const revenue = new Float64Array(60);
      const cost = new Float64Array(60);
      const count = new Float64Array(60);
      for (let p = 0; p < P; p++)
        for (let k = 0; k < 60; k++) {
          revenue[k] = revenue[k] + base.revenue[p * 60 + k];
          cost[k] = cost[k] + base.cost[p * 60 + k];
          count[k] = count[k] + base.count[p * 60 + k];
        }
      return paybackMonthOf(
        revenue,
        cost,
        count,
        runningSums(diff, new Float64Array(60)),
        ef.grossMargin,
      );
    };
    return {
      history: total(ef.historyPayback, ledger.historyDiffAll),
      projection: total(ef.projectionPayback, ledger.projectionDiffAll),
    };
  }
}
