import {
  movementTypes,
  type MovementType,
  type MrrMovementMonth,
  type MrrMovementReport,
} from '../../../src-shared/model/analysis/retention';
import { monthLabel, monthOf } from '../../../src-shared/calendar/months';

const typeIndex = new Map<string, number>(movementTypes.map((t, k) => [t, k]));

/** MRR movements summed by calendar month and type: the company's MRR bridge. */
export class MovementLedger {
  private readonly months = new Map<number, { counts: Float64Array; mrr: Float64Array }>();

  constructor(public source: MrrMovementReport['source']) {}

  add(date: string, type: MovementType | string, mrrDelta: number, count = 1): void {
    const k = typeIndex.get(type);
    if (k === undefined) return;
    const month = monthOf(date);
    let entry = this.months.get(month);
    if (!entry) {
      entry = {
        counts: new Float64Array(movementTypes.length),
        mrr: new Float64Array(movementTypes.length),
      };
      this.months.set(month, entry);
    }
    entry.counts[k] += count;
    entry.mrr[k] += mrrDelta;
  }

  /** Starts over, for imported movements that replace the derived ones. */
  reset(source: MrrMovementReport['source']): void {
    this.months.clear();
    this.source = source;
  }

  /** The last `limit` months up to `lastMonth`, oldest first, with the months between filled in. */
  report(currency: string, lastMonth: number, limit = 24): MrrMovementReport {
    const months: MrrMovementMonth[] = [];
    const known = [...this.months.keys()];
    if (known.length > 0) {
      const first = Math.max(Math.min(...known), lastMonth - limit + 1);
      for (let m = first; m <= lastMonth; m++) {
        const entry = this.months.get(m);
        const pick = (values: Float64Array | undefined, round: boolean) =>
          Object.fromEntries(
            movementTypes.map((t, k) => {
              const v = values?.[k] ?? 0;
              return [t, round ? Math.round(v * 100) / 100 : v];
            }),
          ) as Record<MovementType, number>;
        months.push({
          month: monthLabel(m),
          counts: pick(entry?.counts, false),
          mrr: pick(entry?.mrr, true),
        });
      }
    }
    return { source: this.source, currency, months };
  }
}
