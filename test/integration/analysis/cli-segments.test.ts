import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import type { AdvocateRow } from '../../../src-shared/model/analysis/score';
import type {
  ClusterResult,
  FactorRow,
  SegmentRow,
  UseCaseRow,
} from '../../../src-shared/model/analysis/segments';
import { cli, cliJson } from '../../helpers/cli-run';
import { useTempDir } from '../../helpers/temp-dir';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

interface Segments {
  asOf: string;
  segments: SegmentRow[];
  factors: FactorRow[];
  useCases: UseCaseRow[];
  clusters: ClusterResult;
}

/** log(n!) for n up to `max`, by summing logs: exact enough for hypergeometric tables. */
function logFactorials(max: number): Float64Array {
  const table = new Float64Array(max + 1);
  for (let n = 1; n <= max; n++) table[n] = (table[n - 1] as number) + Math.log(n);
  return table;
}

/**
 * Fisher's exact test, two-sided, for top advocates against the other customers: the sum of the
 * probabilities of every table with the same margins that is no more likely than the one seen.
 */
function fisherTwoSided(a: number, top: number, withValue: number, all: number): number {
  const lf = logFactorials(all);
  const f = (n: number) => lf[n] as number;
  const logP = (x: number) =>
    f(withValue) -
    f(x) -
    f(withValue - x) +
    (f(all - withValue) - f(top - x) - f(all - withValue - top + x)) -
    (f(all) - f(top) - f(all - top));
  const seen = logP(a);
  let p = 0;
  for (let x = Math.max(0, top + withValue - all); x <= Math.min(top, withValue); x++) {
    const lp = logP(x);
    if (lp <= seen + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/** Pearson's chi-square without continuity correction on the same table, and its p on 1 df. */
function chiSquare(a: number, top: number, withValue: number, all: number) {
  const cells = [
    [a, top - a],
    [withValue - a, all - top - (withValue - a)],
  ];
  const rows = [top, all - top];
  const cols = [withValue, all - withValue];
  let x = 0;
  cells.forEach((row, i) =>
    row.forEach((o, j) => {
      const e = ((rows[i] as number) * (cols[j] as number)) / all;
      x += ((o - e) * (o - e)) / e;
    }),
  );
  // erfc(√(x/2)) by the Maclaurin series of erf, accurate while √(x/2) stays small.
  const z = Math.sqrt(x / 2);
  let sum = 0;
  let term = z;
  for (let n = 0; n < 200; n++) {
    sum += term / (2 * n + 1);
    term *= (-z * z) / (n + 1);
  }
  return { x, p: 1 - (2 / Math.sqrt(Math.PI)) * sum };
}

describe('segments on the command line, on the bundled sample', () => {
  const sample = useShippedSampleWorkspace();
  const tempDir = useTempDir();
  let path = '';
  let report: Segments;
  let summary: AnalysisSummary;

  beforeAll(async () => {
    path = sample().workspace.path;
    // Never analysed: the command analyses first, and says so.
    const first = await cli('segments', '--workspace', path, '--json');
    expect(first.code).toBe(0);
    expect(first.err).toBe('The workspace has not been analysed yet. Analysed again.');
    report = JSON.parse(first.out) as Segments;
    summary = await cliJson<AnalysisSummary>('analyze', '--workspace', path);
  });

  it('prints every stored result as JSON, in the documented shape', () => {
    expect(Object.keys(report)).toEqual(['asOf', 'segments', 'factors', 'useCases', 'clusters']);
    expect(report.asOf).toBe('2026-09-30');
    expect(report.segments.length).toBeGreaterThan(100);
    expect(report.factors.length).toBeGreaterThan(50);
    expect(report.useCases.length).toBeGreaterThan(2);
  });

  it('reports factor lifts, intervals and tests that agree with a hand computation', () => {
    const top = summary.tiers.champion + summary.tiers.advocate;
    let fisher = 0;
    let chi = 0;
    for (const f of report.factors) {
      expect(f.topAdvocates).toBe(top);
      expect(f.population).toBe(summary.customers);
      const lift = f.withValue / f.topAdvocates / (f.populationWithValue / f.population);
      expect(f.lift).toBeCloseTo(lift, 10);
      expect(f.lower).toBeLessThanOrEqual(lift);
      expect(f.upper).toBeGreaterThanOrEqual(lift);
      expect(f.significant).toBe((f.p ?? 1) < 0.05);
      const rest = f.population - f.topAdvocates;
      const expectedCounts = [
        (f.topAdvocates * f.populationWithValue) / f.population,
        (f.topAdvocates * (f.population - f.populationWithValue)) / f.population,
        (rest * f.populationWithValue) / f.population,
        (rest * (f.population - f.populationWithValue)) / f.population,
      ];
      expect(f.test).toBe(expectedCounts.some((e) => e < 5) ? 'fisher' : 'chi-square');
      if (f.test === 'fisher') {
        fisher++;
        const p = fisherTwoSided(f.withValue, f.topAdvocates, f.populationWithValue, f.population);
        expect(f.p).toBeCloseTo(p, 8);
      } else {
        chi++;
        const { x, p } = chiSquare(
          f.withValue,
          f.topAdvocates,
          f.populationWithValue,
          f.population,
        );
        if (x < 12) expect(f.p).toBeCloseTo(p, 8);
        else expect(f.p).toBeLessThan(0.001);
      }
    }
    expect(fisher).toBeGreaterThan(0);
    expect(chi).toBeGreaterThan(0);
  });

  it('counts each single-dimension segment as the factor of the same value does', () => {
    const attributes = report.factors.filter((f) => f.attribute !== 'earlyAction');
    expect(attributes.length).toBeGreaterThan(30);
    for (const f of attributes) {
      const segment = report.segments.find(
        (s) =>
          Object.keys(s.dimensions).length === 1 &&
          s.dimensions[f.attribute as keyof SegmentRow['dimensions']] === f.value,
      );
      expect(segment, `${f.attribute}=${f.value}`).toMatchObject({
        customers: f.populationWithValue,
        topAdvocates: f.withValue,
      });
    }
    const rates = report.segments.map((s) => s.advocateRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    for (const s of report.segments)
      expect(s.advocateRate).toBeCloseTo(s.topAdvocates / s.customers, 12);
  });

  it('ranks use cases by lift, with the same tests as the factors', () => {
    const factors = report.factors.filter((f) => f.attribute === 'useCase');
    expect(report.useCases.map((u) => u.value).sort()).toEqual(factors.map((f) => f.value).sort());
    for (const u of report.useCases) {
      const f = factors.find((x) => x.value === u.value);
      expect(u).toMatchObject({ lift: f?.lift, p: f?.p, customers: u.populationWithValue });
      expect(u.advocateRate).toBeCloseTo(u.withValue / u.customers, 12);
    }
    const lifts = report.useCases.map((u) => u.lift ?? -1);
    expect(lifts).toEqual([...lifts].sort((a, b) => b - a));
  });

  it('clusters every scored account, with the seed and a k from 2 to 6', () => {
    const { clusters } = report;
    expect(clusters.seed).toBe(20260401);
    expect(clusters.k).toBe(summary.clusters);
    expect(clusters.k).toBeGreaterThanOrEqual(2);
    expect(clusters.k).toBeLessThanOrEqual(6);
    expect(clusters.clusters).toHaveLength(clusters.k);
    expect(clusters.clusters.reduce((n, c) => n + c.size, 0)).toBe(summary.scored);
    const top = clusters.clusters.reduce((n, c) => n + c.topAdvocateShare * c.size, 0);
    expect(top).toBeCloseTo(summary.tiers.champion + summary.tiers.advocate, 6);
  });

  it('prints aligned tables, the first rows of the long lists, and says how many there are', async () => {
    const run = await cli('segments', '--workspace', path, '--top', '3');
    expect(run).toMatchObject({ code: 0, err: '' });
    const lines = run.out.split('\n');
    const [first] = report.segments;
    if (!first) throw new Error('the sample has segments');
    const key = Object.entries(first.dimensions)
      .map(([d, v]) => `${d}=${v}`)
      .join(' & ');
    const row = lines.find((l) => l.startsWith(key));
    expect(row?.split(/\s{2,}/)).toEqual([
      key,
      String(first.customers),
      String(first.activeCustomers),
      String(first.topAdvocates),
      `${((first.advocateRate ?? 0) * 100).toFixed(1)}%`,
      (first.meanScore ?? 0).toFixed(1),
      `${((first.churnedShare ?? 0) * 100).toFixed(1)}%`,
      Math.round(first.mrr).toLocaleString('en-US'),
    ]);
    expect(run.out).toContain(`(3 of ${report.segments.length}; --top N or --json for more)`);
    expect(run.out).toContain(`(3 of ${report.factors.length}; --top N or --json for more)`);
    const factor = report.factors[0] as FactorRow;
    expect(run.out).toContain(
      `${(factor.lower ?? 0).toFixed(2)}–${(factor.upper ?? 0).toFixed(2)}`,
    );
    expect(run.out).toContain(`k = ${report.clusters.k} chosen by silhouette`);
    // Every use case is listed, whatever --top says.
    for (const u of report.useCases) expect(run.out).toContain(u.value);
    // Columns line up: the right-aligned last column makes every line of the table as wide.
    const header = lines.findIndex((l) => l.startsWith('segment '));
    const table = lines.slice(header, header + 2 + 3);
    expect(lines[header + 5]).toMatch(/^\(3 of /);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });

  it('keeps the segments over the dimensions asked for, and --top in JSON', async () => {
    const plans = await cliJson<Segments>('segments', '--workspace', path, '--by', 'plan');
    expect(plans.segments.map((s) => Object.keys(s.dimensions))).toEqual(
      report.factors.filter((f) => f.attribute === 'plan').map(() => ['plan']),
    );
    const pairs = await cliJson<Segments>('segments', '--workspace', path, '--by', 'plan+channel');
    expect(pairs.segments.length).toBeGreaterThan(3);
    for (const s of pairs.segments) {
      expect(Object.keys(s.dimensions).sort()).toEqual(['channel', 'plan']);
      expect(s.customers).toBeGreaterThanOrEqual(20);
    }
    const top = await cliJson<Segments>('segments', '--workspace', path, '--top', '2');
    expect(top.segments).toEqual(report.segments.slice(0, 2));
    expect(top.factors).toEqual(report.factors.slice(0, 2));
    expect(top.useCases).toEqual(report.useCases);
  });

  it('analyses again when a tier threshold moved, and counts the new top advocates', async () => {
    expect((await cli('tiers', 'set', '--advocate', '65', '--workspace', path)).code).toBe(0);
    const run = await cli('segments', '--workspace', path, '--json');
    expect(run.err).toMatch(/^Settings \(weights, tiers.* Analysed again\.$/);
    const moved = JSON.parse(run.out) as Segments;
    const rows = await cliJson<AdvocateRow[]>('advocates', '--workspace', path);
    const top = rows.filter((r) => r.score >= 65).length;
    expect(top).toBeLessThan(summary.tiers.champion + summary.tiers.advocate);
    for (const f of moved.factors) expect(f.topAdvocates).toBe(top);
    expect((await cli('tiers', 'set', '--advocate', '60', '--workspace', path)).code).toBe(0);
  });

  it('answers misuse with 2 and a workspace without data with 1', async () => {
    for (const argv of [
      ['--by', 'colour'],
      ['--by', 'plan+plan'],
      ['--by', 'plan+channel+csm'],
      ['--top', '0'],
      ['extra'],
    ]) {
      const run = await cli('segments', '--workspace', path, ...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: npm run cli -- segments');
    }
    const empty = join(tempDir(), 'empty.sqlite');
    expect((await cli('init', '--workspace', empty)).code).toBe(0);
    expect(await cli('segments', '--workspace', empty)).toMatchObject({
      code: 1,
      out: '',
      err: 'The workspace has no dated data yet: import some files first.',
    });
    const missing = await cli('segments', '--workspace', join(tempDir(), 'none.sqlite'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/none\.sqlite does not exist/);
  });

  it('is listed in the help with the other new commands', async () => {
    const help = await cli('help');
    for (const name of ['segments', 'profiles', 'tiers', 'rules', 'references'])
      expect(help.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(help.out).toContain(
      'profiles [save NAME --weights SIGNAL=W,... | delete NAME | use NAME]',
    );
  });
});
