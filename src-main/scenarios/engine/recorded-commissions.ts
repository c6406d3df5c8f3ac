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
    const p = recorded.partner[k];
    if (p < 0) continue;
    historyPayout[p] = historyPayout[p] + recorded.paidCents[k] + recorded.pendingCents[k];
  }
  // Each customer's commissions, whoever they were paid to, count in its partner's payback, as in
  // the partner report.
  const byCustomer = new Map<number, number[]>();
  for (let k = 0; k < recorded.n; k++) {
    const c = recorded.customer[k];
    if (c < 0 || recorded.month[k] < 0) continue;
    const p = customers.partner[c];
    let rows = byCustomer.get(p);
    if (!rows) byCustomer.set(p, (rows = []));
    rows.push(k);
  }
  const byPartner = new Map<number, number[]>();
  for (let k = 0; k < recorded.n; k++) {
    const p = recorded.partner[k];
    if (p < 0) continue;
    let rows = byPartner.get(p);
    if (!rows) byPartner.set(p, (rows = []));
    rows.push(k);
  }
  const stride = frame.horizon + 1;
  for (let p = 0; p < P; p++) {
    const cs = book.customerStart[p];
    const ce = book.customerStart[p + 1];
    ledger.begin(p, recordedStructure, cs, ce);
    for (const k of byPartner.get(p) ?? []) {
      const month = recorded.month[k];
      const at = month < 0 ? book.asOfMonth : month;
      const paid = recorded.paidCents[k];
      const pending = recorded.pendingCents[k];
      if (paid !== 0) ledger.book(PAID, paid, at);
      if (pending !== 0) ledger.book(PENDING, pending, at);
    }
    for (const k of byCustomer.get(p) ?? []) {
      const cents = recorded.paidCents[k] + recorded.pendingCents[k];
      ledger.toPayback(recorded.customer[k], recorded.month[k], cents, 1);
    }
    const revenue = money.historyRevenue[p];
    const rate = revenue > 0 ? historyPayout[p] / revenue : 0;
    if (rate !== 0)
      for (let c = cs; c < ce; c++) {
        const mrr = customers.mrrCents[c];
        if (customers.active[c] !== 1 || !(mrr > 0)) continue;
        for (let k = 1; k <= frame.horizon; k++) {
          const cents = mrr * frame.weight[c * stride + k] * rate;
          if (!(cents > 0)) break;
          const month = book.asOfMonth + k;
          ledger.add(PAID + PROJECTION, cents * discount[k]);
          ledger.addSeries(month, cents * discount[k]);
          ledger.toPayback(c, month, cents, 2);
        }
      }
    run.finishPartner(p);
  }
  return run;
}
