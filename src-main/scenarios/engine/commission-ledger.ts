import { NO_DAY } from '../book/scenario-book';
import type { CompiledStructure } from './compiled-structure';
import { addToPayback } from './payback-base';

/** Where a partner's lines are summed: [paid, pending, clawed back, bonuses] × [history, projection]. */
export const PAID = 0;
export const PENDING = 1;
export const CLAWED = 2;
export const BONUS = 3;
export const PROJECTION = 4;
export const FIELDS = 8;

/** A customer's payback columns: first paid month and observed months, history and projection. */
export interface PaybackColumns {
  firstMonth: Int32Array;
  historyObserved: Int32Array;
  projectionObserved: Int32Array;
}

/**
 * One scenario's running accounts while its partners are evaluated one after another: what each
 * partner has been paid, is owed and had clawed back, the payout by month, what the caps have used
 * up, and each customer's commissions by month for the payback month. Every commission passes
 * through `credit`, which applies the caps in the order events arrive (date order), the hold, and
 * the reversals for refunds and early churn.
 */
export class CommissionLedger {
  /** Per partner, FIELDS cents each. */
  readonly totals: Float64Array;
  /** Payout by month from `firstMonth`: history nominal, projection discounted. */
  readonly series: Float64Array;
  /** Commission differences of the partner being evaluated (see `addToPayback`), and of all. */
  readonly historyDiff = new Float64Array(61);
  readonly projectionDiff = new Float64Array(61);
  readonly historyDiffAll = new Float64Array(61);
  readonly projectionDiffAll = new Float64Array(61);

  /** What the per-customer cap has used, by customer; reset after each partner. */
  private readonly customerUsed: Float64Array;
  private readonly touched: number[] = [];
  /** What the per-partner-month cap has used, by month from `firstMonth`. */
  private readonly monthUsed: Float64Array;
  private partnerUsed = 0;

  /** The partner being evaluated, its structure, and its customers' range. */
  partner = 0;
  structure!: CompiledStructure;
  customerStart = 0;
  customerEnd = 0;

  constructor(
    partners: number,
    customers: number,
    readonly firstMonth: number,
    months: number,
    readonly asOfDay: number,
    readonly horizonEndDay: number,
    private readonly churnDay: Int32Array,
    private readonly churnMonth: Int32Array,
    private readonly firstPaymentDay: Int32Array,
    private readonly payback: PaybackColumns,
  ) {
    this.totals = new Float64Array(partners * FIELDS);
    this.series = new Float64Array(months);
    this.customerUsed = new Float64Array(customers);
    this.monthUsed = new Float64Array(months);
  }

  begin(partner: number, structure: CompiledStructure, start: number, end: number): void {
    this.partner = partner;
    this.structure = structure;
    this.customerStart = start;
    this.customerEnd = end;
    this.partnerUsed = 0;
    this.monthUsed.fill(0);
    this.historyDiff.fill(0);
    this.projectionDiff.fill(0);
  }

  end(): void {
    for (const c of this.touched) this.customerUsed[c] = 0;
    this.touched.length = 0;
    for (let k = 0; k <= 60; k++) {
      this.historyDiffAll[k] = this.historyDiffAll[k] + this.historyDiff[k];
      this.projectionDiffAll[k] = this.projectionDiffAll[k] + this.projectionDiff[k];
    }
  }

  /** Whether customer c churned within the structure's window of its payment 1. */
  churnedEarly(c: number): boolean {
    const window = this.structure.churnWithinDays;
    if (window < 0 || c < 0) return false;
    const churn = this.churnDay[c];
    const first = this.firstPaymentDay[c];
    return churn !== NO_DAY && first !== NO_DAY && churn - first <= window;
  }

  /** The room the caps leave for a commission of this partner, month and customer (-1: none). */
  room(c: number, month: number, perCustomer: boolean): number {
    const s = this.structure;
    let room = s.perPartner - this.partnerUsed;
    const inMonth = s.perPartnerMonth - this.monthUsed[month - this.firstMonth];
    if (inMonth < room) room = inMonth;
    if (perCustomer && c >= 0) {
      const own = s.perCustomer - this.customerUsed[c];
      if (own < room) room = own;
    }
    return room > 0 ? room : 0;
  }

  /** Takes an amount the caps allowed off their room. */
  use(c: number, month: number, cents: number, perCustomer: boolean): void {
    if (cents === 0) return;
    this.partnerUsed += cents;
    const m = month - this.firstMonth;
    this.monthUsed[m] = this.monthUsed[m] + cents;
    if (perCustomer && c >= 0) {
      if (this.customerUsed[c] === 0) this.touched.push(c);
      this.customerUsed[c] = this.customerUsed[c] + cents;
    }
  }

  /**
   * A history commission on customer c (-1 for none), earned on `day`: `kept` is what the event
   * earns on its amount (net of refunds, unless refunds are not clawed back), `credited` what it
   * earned before its refund (on the gross amount). The caps take both down to their room, and
   * only the kept part uses it. The refunded part is void if the refund came within the hold and
   * clawed back in the refund's month after it; an early churn reverses the rest the same way.
   */
  credit(
    c: number,
    day: number,
    month: number,
    kept: number,
    credited: number,
    refundDay: number,
    refundMonth: number,
  ): void {
    const room = this.room(c, month, true);
    if (kept > room) kept = room;
    if (credited > room) credited = room;
    this.use(c, month, kept, true);
    const payable = day + this.structure.holdDays;
    let counted = credited;
    const ownCustomer = c >= this.customerStart && c < this.customerEnd;
    if (credited > kept) {
      if (refundDay < payable) counted = kept;
      else this.clawBack(c, ownCustomer, credited - kept, refundMonth);
    }
    if (kept > 0 && this.churnedEarly(c)) {
      const churn = this.churnDay[c];
      if (churn < payable) counted -= kept;
      else this.clawBack(c, ownCustomer, kept, this.churnMonth[c]);
    }
    if (counted <= 0) return;
    this.book(payable <= this.asOfDay ? PAID : PENDING, counted, month);
    if (ownCustomer) this.toPayback(c, month, counted, 1);
  }

  /**
   * A commission on no one customer (tiers by month revenue): takes it down to the partner's caps
   * and returns what they allow; the caller books it (`bookHeld`) after any reversal.
   */
  capPartner(month: number, cents: number): number {
    const room = this.room(-1, month, false);
    const kept = cents > room ? room : cents;
    this.use(-1, month, kept, false);
    return kept;
  }

  /** Books a partner-level amount as paid or pending by its hold, at the end of the period. */
  bookHeld(day: number, month: number, cents: number, projected: boolean, discount = 1): void {
    if (cents <= 0) return;
    const payable = day + this.structure.holdDays;
    const end = projected ? this.horizonEndDay : this.asOfDay;
    const field = (payable <= end ? PAID : PENDING) + (projected ? PROJECTION : 0);
    this.add(field, cents * discount);
    this.addSeries(month, cents * discount);
  }

  /** A bonus: the partner's caps, the hold; never reversed. Returns what the caps allowed. */
  bonus(day: number, month: number, cents: number, projected: boolean, discount = 1): number {
    const room = this.room(-1, month, false);
    const kept = cents > room ? room : cents;
    this.use(-1, month, kept, false);
    if (kept > 0) {
      this.bookHeld(day, month, kept, projected, discount);
      this.add(BONUS + (projected ? PROJECTION : 0), kept * discount);
    }
    return kept;
  }

  /**
   * A projected commission on customer c: an expectation, capped in nominal cents and summed
   * discounted. It is paid if payable by the horizon's end, else pending.
   */
  creditExpected(c: number, day: number, month: number, cents: number, discount: number): void {
    const room = this.room(c, month, true);
    const kept = cents > room ? room : cents;
    if (kept <= 0) return;
    this.use(c, month, kept, true);
    const payable = day + this.structure.holdDays;
    this.add((payable <= this.horizonEndDay ? PAID : PENDING) + PROJECTION, kept * discount);
    this.addSeries(month, kept * discount);
    this.toPayback(c, month, kept, 2);
  }

  /** A part of an amount taken back from customer c's commissions, in `month`. */
  clawBack(c: number, ownCustomer: boolean, cents: number, month: number): void {
    this.add(CLAWED, cents);
    this.addSeries(month, -cents);
    if (ownCustomer) this.toPayback(c, month, -cents, 1);
  }

  /** A voided part of a partner-level commission, taken back from customer c's payback share. */
  shareToPayback(c: number, month: number, cents: number, which: 1 | 2 | 3): void {
    if (c >= this.customerStart && c < this.customerEnd) this.toPayback(c, month, cents, which);
  }

  book(field: number, cents: number, month: number): void {
    this.add(field, cents);
    this.addSeries(month, cents);
  }

  add(field: number, cents: number): void {
    const at = this.partner * FIELDS + field;
    this.totals[at] = this.totals[at] + cents;
  }

  addSeries(month: number, cents: number): void {
    const m = month - this.firstMonth;
    this.series[m] = this.series[m] + cents;
  }

  /** 1: a history amount (it counts in both paybacks); 2: projected only; 3: history only. */
  toPayback(c: number, month: number, cents: number, which: 1 | 2 | 3): void {
    const j = Math.max(0, month - this.payback.firstMonth[c]);
    if (which !== 2) addToPayback(this.historyDiff, j, this.payback.historyObserved[c], cents);
    if (which !== 3)
      addToPayback(this.projectionDiff, j, this.payback.projectionObserved[c], cents);
  }
}
