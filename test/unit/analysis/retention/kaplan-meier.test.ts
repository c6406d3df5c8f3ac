import { describe, expect, it } from 'vitest';
import {
  kaplanMeier,
  logRank,
  medianOf,
  type KaplanMeierPoint,
} from '../../../../src-main/analysis/retention';
import { shuffled } from '../stats/shuffle';
import { lifetimesOf, readInput } from './reference-fixtures';

const Z = 1.959963984540054;

describe('kaplanMeier by hand', () => {
  // 8 accounts: churned at 1, 1, 3, 4, 6 months; still active at 2, 3 and 5 months.
  const lifetimes = [
    { time: 1, event: true },
    { time: 1, event: true },
    { time: 2, event: false },
    { time: 3, event: true },
    { time: 3, event: false },
    { time: 4, event: true },
    { time: 5, event: false },
    { time: 6, event: true },
  ];
  const curve = kaplanMeier(lifetimes);

  it('lists the event times only, with the risk set before each', () => {
    expect(curve.points.map((p) => [p.t, p.atRisk, p.events])).toEqual([
      [1, 8, 2],
      [3, 5, 1],
      [4, 3, 1],
      [6, 1, 1],
    ]);
    expect(curve.n).toBe(8);
    expect(curve.events).toBe(5);
  });

  it('multiplies the conditional survivals; an account censored at an event time is still at risk', () => {
    // 6/8, then × 4/5, then × 2/3, then × 0/1.
    expect(curve.points.map((p) => p.survival)).toEqual(
      [0.75, 0.6, 0.4, 0].map((s) => expect.closeTo(s, 15)),
    );
  });

  it("gives Greenwood's se of S and the band on the log scale", () => {
    // Greenwood sums: 2/(8·6) = 1/24; + 1/(5·4) = 11/120; + 1/(3·2) = 31/120.
    const sums = [1 / 24, 11 / 120, 31 / 120];
    const survival = [0.75, 0.6, 0.4];
    sums.forEach((g, i) => {
      const point = curve.points[i];
      expect(point.se).toBeCloseTo(survival[i] * Math.sqrt(g), 14);
      expect(point.lower).toBeCloseTo(survival[i] * Math.exp(-Z * Math.sqrt(g)), 14);
      expect(point.upper).toBeCloseTo(Math.min(1, survival[i] * Math.exp(Z * Math.sqrt(g))), 14);
    });
    expect(curve.points[0].upper).toBe(1);
    expect(curve.points[0].se).toBeCloseTo(0.1530931089, 9);
  });

  it('reports no se or band where S reaches 0, as R reports NaN there', () => {
    expect(curve.points[3]).toMatchObject({ survival: 0, se: null, lower: null, upper: null });
  });

  it('has its median at the first time S falls below 0.5', () => {
    expect(curve.medianMonths).toBe(4);
  });

  it('has no points and no median without events', () => {
    const quiet = kaplanMeier([
      { time: 3, event: false },
      { time: 5, event: false },
    ]);
    expect(quiet).toEqual({ n: 2, events: 0, points: [], medianMonths: null });
    expect(kaplanMeier([])).toEqual({ n: 0, events: 0, points: [], medianMonths: null });
  });

  it('refuses negative or missing times', () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: NaN, event: true }])).toThrow(RangeError);
  });

  it('accepts columns and objects alike', () => {
    const columns = {
      time: Float64Array.from(lifetimes, (l) => l.time),
      event: Uint8Array.from(lifetimes, (l) => (l.event ? 1 : 0)),
    };
    expect(kaplanMeier(columns)).toEqual(curve);
  });
});

describe('medianOf (R rule)', () => {
  const at = (t: number, survival: number): KaplanMeierPoint => ({
    t,
    atRisk: 1,
    events: 1,
    survival,
    se: null,
    lower: null,
    upper: null,
  });

  it('takes the midpoint when S sits exactly on 0.5 and drops later', () => {
    expect(medianOf([at(1, 0.75), at(2, 0.5), at(3, 0.25)])).toBe(2.5);
  });

  it('takes the time S reaches 0.5 when it never drops below', () => {
    expect(medianOf([at(1, 0.75), at(2, 0.5)])).toBe(2);
  });

  it('treats a value within rounding of 0.5 as 0.5', () => {
    expect(medianOf([at(1, 0.75 * (1 - 1 / 3)), at(5, 0)])).toBe(3);
  });

  it('is null when S stays above 0.5', () => {
    expect(medianOf([at(1, 0.9), at(2, 0.51)])).toBeNull();
  });
});

describe('row order', () => {
  it('does not change the curve or the log-rank test', () => {
    const data = readInput('generated-months');
    const all = lifetimesOf(data);
    const order = shuffled(data.time.length, 17);
    const reordered = {
      time: Float64Array.from(order, (i) => all.time[i]),
      event: Uint8Array.from(order, (i) => all.event[i]),
    };
    expect(kaplanMeier(reordered)).toEqual(kaplanMeier(all));
    const keys = ['ads', 'events', 'organic', 'partner'];
    const groups = keys.map((key) => lifetimesOf(data, key));
    const reversed = groups.map((g) => ({
      time: g.time.slice().reverse(),
      event: g.event.slice().reverse(),
    }));
    expect(logRank(reversed)).toEqual(logRank(groups));
  });
});
