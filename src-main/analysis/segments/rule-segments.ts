import type { SegmentRow } from '../../../src-shared/model/analysis/segments';
import { ACTIVE, CHURNED } from '../load/core-facts';
import type { AnalysisFrame } from '../engine/analysis-frame';
import { segmentDimensionsOf, type Dimension } from './dimensions';

/** Combinations of two dimensions are reported when they hold at least this many customers. */
export const MIN_COMBINATION_CUSTOMERS = 20;

interface Tally {
  customers: number;
  active: number;
  top: number;
  churned: number;
  scoreSum: number;
  scored: number;
  mrr: number;
}

/**
 * Rule segments (DESIGN section 4): every value of every dimension, and every pair of values of
 * two dimensions with enough customers to say something, with their advocate rate, mean score,
 * churned share and MRR. Customers only; sorted by advocate rate, then size.
 */
export function ruleSegments(frame: AnalysisFrame): SegmentRow[] {
  const { facts } = frame;
  const dims = segmentDimensionsOf(frame.snapshot);
  const tallies = new Map<string, Tally>();
  const add = (key: string, i: number) => {
    let t = tallies.get(key);
    if (!t)
      tallies.set(
        key,
        (t = { customers: 0, active: 0, top: 0, churned: 0, scoreSum: 0, scored: 0, mrr: 0 }),
      );
    t.customers++;
    if (facts.state[i] === ACTIVE) {
      t.active++;
      if (!Number.isNaN(facts.mrr[i])) t.mrr += facts.mrr[i];
    } else t.churned++;
    t.top += frame.topAdvocate[i];
    if (!Number.isNaN(frame.score[i])) {
      t.scoreSum += frame.score[i];
      t.scored++;
    }
  };
  for (let i = 0; i < facts.n; i++) {
    if (facts.state[i] !== ACTIVE && facts.state[i] !== CHURNED) continue;
    for (let a = 0; a < dims.length; a++) {
      const ca = (dims[a] as Dimension).codes[i];
      if (ca < 0) continue;
      add(`${a}:${ca}`, i);
      for (let b = a + 1; b < dims.length; b++) {
        const cb = (dims[b] as Dimension).codes[i];
        if (cb >= 0) add(`${a}:${ca}|${b}:${cb}`, i);
      }
    }
  }
  const rows: SegmentRow[] = [];
  for (const [key, t] of tallies) {
    const parts = key.split('|');
    if (parts.length > 1 && t.customers < MIN_COMBINATION_CUSTOMERS) continue;
    const dimensions: SegmentRow['dimensions'] = {};
    for (const part of parts) {
      const [d, c] = part.split(':').map(Number) as [number, number];
      const dim = dims[d] as Dimension;
      dimensions[dim.name] = dim.labels[c] as string;
    }
    rows.push({
      dimensions,
      customers: t.customers,
      activeCustomers: t.active,
      topAdvocates: t.top,
      advocateRate: t.customers > 0 ? t.top / t.customers : null,
      meanScore: t.scored > 0 ? t.scoreSum / t.scored : null,
      churnedShare: t.customers > 0 ? t.churned / t.customers : null,
      mrr: Math.round(t.mrr * 100) / 100,
    });
  }
  rows.sort(
    (a, b) =>
      (b.advocateRate ?? -1) - (a.advocateRate ?? -1) ||
      b.customers - a.customers ||
      segmentKey(a).localeCompare(segmentKey(b)),
  );
  return rows;
}

export const segmentKey = (row: SegmentRow): string =>
  Object.entries(row.dimensions)
    .map(([d, v]) => `${d}=${v}`)
    .join(' & ');
