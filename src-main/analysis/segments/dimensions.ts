import {
  segmentDimensions,
  type SegmentDimension,
} from '../../../src-shared/model/analysis/segments';
import type { AccountSnapshot } from '../engine/account-snapshot';

/** Employee bands for "size"; the edges are the ones CRMs commonly use. */
const sizeBands: readonly [number, string][] = [
  [10, '1–10'],
  [50, '11–50'],
  [200, '51–200'],
  [1000, '201–1,000'],
  [Infinity, '1,001+'],
];

export const sizeBandOf = (employees: number): string | null =>
  Number.isNaN(employees) || employees < 1
    ? null
    : (sizeBands.find(([high]) => employees <= high)?.[1] ?? null);

/** One attribute per segment dimension: a code per account (-1 missing) and the code's label. */
export interface Dimension {
  name: SegmentDimension;
  codes: Int32Array;
  labels: string[];
}

export function segmentDimensionsOf(snapshot: AccountSnapshot): Dimension[] {
  const facts = snapshot.core;
  const n = facts.n;
  const fromCategorical = (name: SegmentDimension, c: { codes: Int32Array; values: string[] }) => ({
    name,
    codes: c.codes,
    labels: c.values,
  });
  const partnerLabels = snapshot.partners.partners.map((p) => p.name ?? p.partnerId);
  const sizeCodes = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const band = sizeBandOf(facts.employees[i]);
    if (band !== null) sizeCodes[i] = sizeBands.findIndex(([, label]) => label === band);
  }
  const byName: Record<SegmentDimension, Dimension> = {
    channel: fromCategorical('channel', facts.channel),
    partner: { name: 'partner', codes: snapshot.partners.partnerOf, labels: partnerLabels },
    industry: fromCategorical('industry', facts.industry),
    plan: fromCategorical('plan', facts.plan),
    sizeBand: { name: 'sizeBand', codes: sizeCodes, labels: sizeBands.map(([, l]) => l) },
    country: fromCategorical('country', facts.country),
    useCase: fromCategorical('useCase', facts.useCase),
    csm: fromCategorical('csm', facts.csm),
  };
  return segmentDimensions.map((d) => byName[d]);
}
