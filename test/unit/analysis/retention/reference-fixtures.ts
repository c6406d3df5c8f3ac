import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { KaplanMeierCurve, LifetimeColumns } from '../../../../src-main/analysis/retention';

/**
 * The committed reference outputs of R (test/fixtures/retention, made by scripts/r) and the
 * inputs they were computed from, typed for the tests. The README beside them tells how they were
 * produced and where the data come from.
 */
export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/retention/', import.meta.url));
export const INPUT_DIR = `${FIXTURE_DIR}inputs/`;

export interface GroupedLifetimes {
  time: Float64Array;
  event: Uint8Array;
  group: string[];
}

/** One input CSV (time,status,group). */
export function readInput(name: string): GroupedLifetimes {
  const lines = readFileSync(`${INPUT_DIR}${name}.csv`, 'utf8').trim().split(/\r?\n/);
  if (lines[0] !== 'time,status,group') throw new Error(`unexpected header in ${name}.csv`);
  const rows = lines.slice(1).map((line) => line.split(','));
  return {
    time: Float64Array.from(rows, (row) => Number(row[0])),
    event: Uint8Array.from(rows, (row) => Number(row[1])),
    group: rows.map((row) => row[2]),
  };
}

/** The rows of one group, or of all groups. */
export function lifetimesOf(data: GroupedLifetimes, key?: string): LifetimeColumns {
  const time: number[] = [];
  const event: number[] = [];
  for (let i = 0; i < data.time.length; i++) {
    if (key !== undefined && data.group[i] !== key) continue;
    time.push(data.time[i]);
    event.push(data.event[i]);
  }
  return { time: Float64Array.from(time), event: Uint8Array.from(event) };
}

/** The groups' keys in byte order, as the R scripts list them. */
export const groupKeys = (data: GroupedLifetimes): string[] =>
  [...new Set(data.group)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export interface ReferenceCurve {
  n: number;
  events: number;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  surv: number[];
  /** null where R reports NaN or NA (S(t) = 0). */
  stdErr: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  median: number | null;
}

export interface ReferenceDataset {
  name: string;
  all: ReferenceCurve;
  groups: (ReferenceCurve & { key: string })[];
  logRank: { chisq: number; df: number; p: number } | null;
}

export interface KmReference {
  producedBy: string;
  datasets: ReferenceDataset[];
}

export interface SbgReferenceFit {
  alpha: number;
  beta: number;
  logLik: number;
}

export interface SbgReference {
  producedBy: string;
  cohorts: {
    name: string;
    survivors: number[];
    fittedPeriods: number;
    fit: SbgReferenceFit;
    projectedSurvival: number[];
    derl: { periodsSurvived: number; discountRate: number; value: number }[];
  }[];
  groups: Record<string, { key: string; fit: SbgReferenceFit }[]>;
}

export const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(`${FIXTURE_DIR}${file}`, 'utf8')) as T;

/** Largest absolute difference from R over S, se and the band; counts and nulls must be equal. */
export function compareWithR(ours: KaplanMeierCurve, r: ReferenceCurve): number {
  expect(ours.n).toBe(r.n);
  expect(ours.events).toBe(r.events);
  expect(ours.points.map((p) => p.t)).toEqual(r.time);
  expect(ours.points.map((p) => p.atRisk)).toEqual(r.nRisk);
  expect(ours.points.map((p) => p.events)).toEqual(r.nEvent);
  expect(ours.medianMonths).toBe(r.median);
  let worst = 0;
  ours.points.forEach((point, i) => {
    const pairs: [number | null, number | null][] = [
      [point.survival, r.surv[i]],
      [point.se, r.stdErr[i]],
      [point.lower, r.lower[i]],
      [point.upper, r.upper[i]],
    ];
    for (const [mine, theirs] of pairs) {
      expect(mine === null).toBe(theirs === null);
      if (mine !== null && theirs !== null) worst = Math.max(worst, Math.abs(mine - theirs));
    }
  });
  return worst;
}
