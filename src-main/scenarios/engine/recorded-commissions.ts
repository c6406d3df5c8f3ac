import { PAID, PENDING, PROJECTION } from './commission-ledger';
import { compileStructure } from './compiled-structure';
import type { EvaluationFrame } from './evaluation-frame';
import { ScenarioRun } from './scenario-run';

/** The ledger's structure while recording: no caps, no hold, nothing reversed. */
const recordedStructure = compileStructure({ rate: { percent: 0 } });

/**
 * The built-in scenario "Recorded commissions", the default baseline. Its history is the
 * commissions table as the partner report totals it (pending, approved and paid, net of
 * reversals: each partner's `commissionsNet`), by the month each was created; its payback month is
 * the partner report's. Its projection applies each partner's realised effective rate — recorded
 * commissions ÷ the referred net revenue of its customers — to their expected payments.
 */
export function runRecorded(ef: EvaluationFrame): ScenarioRun {
  const { book, frame, discount, money } = ef;
  const { recorded, customers } = book;
  const run = new ScenarioRun(ef);
  const ledger = run.ledger;
  const P = book.partners.length;
  const historyPayout = new Float64Array(P);
  for (let k = 0; k < recorded.n; k++) {
    const p = recorded.partner[k] as number;
    if (p < 0) continue;
    historyPayout[p] =
      (historyPayout[p] as number) +
      (recorded.paidCents[k] as number) +
      (recorded.pendingCents[k] as number);
  }
  // Each customer's commissions, whoever they were paid to, count in its partner's payback, as in
  // the partner report.
  const byCustomer = new Map<number, number[]>();
  for (let k = 0; k < recorded.n; k++) {
    const c = recorded.customer[k] as number;
    if (c < 0 || (recorded.month[k] as number) < 0) continue;
    const p = customers.partner[c] as number;
    let rows = byCustomer.get(p);
    if (!rows) byCustomer.set(p, (rows = []));
    rows.push(k);
  }
  const byPartner = new Map<number, number[]>();
  for (let k = 0; k < recorded.n; k++) {
    const p = recorded.partner[k] as number;
    if (p < 0) continue;
    let rows = byPartner.get(p);
    if (!rows) byPartner.set(p, (rows = []));
    rows.push(k);
  }
  const stride = frame.horizon + 1;
  for (let p = 0; p < P; p++) {
    const cs = book.customerStart[p] as number;
    const ce = book.customerStart[p + 1] as number;
    ledger.begin(p, recordedStructure, cs, ce);
    for (const k of byPartner.get(p) ?? []) {
      const month = recorded.month[k] as number;
      const at = month < 0 ? book.asOfMonth : month;
      const paid = recorded.paidCents[k] as number;
      const pending = recorded.pendingCents[k] as number;
      if (paid !== 0) ledger.book(PAID, paid, at);
      if (pending !== 0) ledger.book(PENDING, pending, at);
    }
    for (const k of byCustomer.get(p) ?? []) {
      const cents = (recorded.paidCents[k] as number) + (recorded.pendingCents[k] as number);
      ledger.toPayback(recorded.customer[k] as number, recorded.month[k] as number, cents, 1);
    }
    const revenue = money.historyRevenue[p] as number;
    const rate = revenue > 0 ? (historyPayout[p] as number) / revenue : 0;
    if (rate !== 0)
      for (let c = cs; c < ce; c++) {
        const mrr = customers.mrrCents[c] as number;
        if (customers.active[c] !== 1 || !(mrr > 0)) continue;
        for (let k = 1; k <= frame.horizon; k++) {
          const cents = mrr * (frame.weight[c * stride + k] as number) * rate;
          if (!(cents > 0)) break;
          const month = book.asOfMonth + k;
          ledger.add(PAID + PROJECTION, cents * (discount[k] as number));
          ledger.addSeries(month, cents * (discount[k] as number));
          ledger.toPayback(c, month, cents, 2);
        }
      }
    run.finishPartner(p);
  }
  return run;
}
