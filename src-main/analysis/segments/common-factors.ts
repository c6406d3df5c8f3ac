import type { FactorRow, UseCaseRow } from '../../../src-shared/model/analysis/segments';
import { CHURNED } from '../load/core-facts';
import type { AnalysisFrame } from '../engine/analysis-frame';
import { factorLift } from './factor-lift';
import { segmentDimensionsOf, type Dimension } from './dimensions';

const SIGNIFICANCE = 0.05;

function factorRow(
  attribute: string,
  value: string,
  a: number,
  n1: number,
  c: number,
  n2: number,
): FactorRow {
  const lift = factorLift(a, n1, c, n2);
  return {
    attribute,
    value,
    withValue: a,
    topAdvocates: n1,
    populationWithValue: c,
    population: n2,
    lift: lift.lift,
    lower: lift.lower,
    upper: lift.upper,
    p: lift.p,
    test: lift.test,
    significant: lift.p !== null && lift.p < SIGNIFICANCE,
  };
}

/**
 * Common factors (DESIGN section 4): for every value of every attribute, and every early action
 * (a feature first used within 30 days of start), its share among top advocates against its share
 * among all customers, with a 95% interval and a test. Sorted by significance, then lift.
 */
export function commonFactors(frame: AnalysisFrame): FactorRow[] {
  const customers = frame.customers;
  let topCount = 0;
  for (const i of customers) topCount += frame.topAdvocate[i];
  const rows: FactorRow[] = [];
  for (const dim of segmentDimensionsOf(frame.snapshot)) {
    const { top, all } = tally(dim.codes, dim.labels.length, customers, frame.topAdvocate);
    dim.labels.forEach((label, code) => {
      if (all[code] === 0) return;
      rows.push(factorRow(dim.name, label, top[code], topCount, all[code], customers.length));
    });
  }
  for (const [feature, flags] of frame.snapshot.usage.earlyActions) {
    let a = 0;
    let c = 0;
    for (const i of customers) {
      if (flags[i] !== 1) continue;
      c++;
      a += frame.topAdvocate[i];
    }
    if (c > 0) rows.push(factorRow('earlyAction', feature, a, topCount, c, customers.length));
  }
  return rows.sort(
    (x, y) =>
      Number(y.significant) - Number(x.significant) ||
      (y.lift ?? -1) - (x.lift ?? -1) ||
      y.populationWithValue - x.populationWithValue ||
      `${x.attribute}${x.value}`.localeCompare(`${y.attribute}${y.value}`),
  );
}

function tally(codes: Int32Array, size: number, members: Int32Array, topAdvocate: Uint8Array) {
  const top = new Float64Array(size);
  const all = new Float64Array(size);
  for (const i of members) {
    const c = codes[i];
    if (c < 0) continue;
    all[c]++;
    top[c] += topAdvocate[i];
  }
  return { top, all };
}

/** Use cases ranked by their lift among top advocates, with each one's advocate rate and churn. */
export function useCaseRanking(frame: AnalysisFrame): UseCaseRow[] {
  const customers = frame.customers;
  let topCount = 0;
  for (const i of customers) topCount += frame.topAdvocate[i];
  const dim = segmentDimensionsOf(frame.snapshot).find((d) => d.name === 'useCase') as Dimension;
  const { top, all } = tally(dim.codes, dim.labels.length, customers, frame.topAdvocate);
  const churned = new Float64Array(dim.labels.length);
  for (const i of customers) {
    const c = dim.codes[i];
    if (c >= 0 && frame.facts.state[i] === CHURNED) churned[c]++;
  }
  return dim.labels
    .map((label, code) => {
      const n = all[code];
      return {
        ...factorRow('useCase', label, top[code], topCount, n, customers.length),
        customers: n,
        advocateRate: n > 0 ? top[code] / n : null,
        churnedShare: n > 0 ? churned[code] / n : null,
      };
    })
    .filter((r) => r.customers > 0)
    .sort(
      (a, b) =>
        (b.lift ?? -1) - (a.lift ?? -1) ||
        b.customers - a.customers ||
        a.value.localeCompare(b.value),
    );
}
