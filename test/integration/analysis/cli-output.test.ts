import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AffiliatesOverview,
  ChannelReport,
} from '../../../src-shared/model/analysis/economics';
import type { RetentionReport } from '../../../src-shared/model/analysis/retention';
import { openWorkspace } from '../../../src-main/store/workspace';
import { bumpDataRevision } from '../../../src-main/store/settings';
import { cli } from '../../helpers/cli-run';
import { readXlsx } from '../../helpers/xlsx-reader';
import { seedHandCompany } from './hand-company';

/** R's qnorm-free two-sided p of a chi-square on 1 df: erfc(√(χ²/2)), by a series that converges. */
function chiSquare1Upper(x: number): number {
  const z = Math.sqrt(x / 2);
  // erf(z) = 2/√π Σ (−1)^n z^(2n+1) / (n! (2n+1))
  let sum = 0;
  let term = z;
  for (let n = 0; n < 200; n++) {
    sum += term / (2 * n + 1);
    term *= (-z * z) / (n + 1);
  }
  return 1 - (2 / Math.sqrt(Math.PI)) * sum;
}

describe('command line output of the analysis', () => {
  let dir = '';
  let path = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-cli-'));
    path = join(dir, 'hand.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedHandCompany(ws.db);
    // A name a spreadsheet would run as a formula.
    ws.db
      .prepare(`UPDATE accounts SET name = '=HYPERLINK("http://x.test")' WHERE account_id = 'C1'`)
      .run();
    ws.close();
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);
  });

  it('prints retention --json in exactly the documented shape, with hand-checked figures', async () => {
    const run = await cli('retention', '--workspace', path, '--by', 'partner', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as RetentionReport;
    expect(Object.keys(report)).toEqual(['asOf', 'unit', 'groups', 'logRank']);
    expect(report).toMatchObject({ asOf: '2026-06-30', unit: 'month' });
    for (const g of report.groups) {
      expect(Object.keys(g)).toEqual([
        'key',
        'n',
        'events',
        'km',
        'medianMonths',
        'sbg',
        'sbgShrunk',
      ]);
      for (const p of g.km) {
        expect(Object.keys(p)).toEqual([
          't',
          'atRisk',
          'events',
          'survival',
          'se',
          'lower',
          'upper',
        ]);
      }
      if (g.sbg) {
        expect(Object.keys(g.sbg)).toEqual([
          'alpha',
          'beta',
          'logLik',
          'expectedLifetimeMonths',
          'projectedSurvival',
        ]);
      }
    }
    const [notReferred, partner] = report.groups;
    // Not referred: C1 censored at 11, C2 churned at 8, C3 censored at 8, C7 censored at 0.
    expect(notReferred).toMatchObject({
      key: '(not referred)',
      n: 4,
      events: 1,
      medianMonths: null,
    });
    const g = 1 / (3 * 2);
    expect(notReferred?.km).toEqual([
      {
        t: 8,
        atRisk: 3,
        events: 1,
        survival: expect.closeTo(2 / 3, 12),
        se: expect.closeTo((2 / 3) * Math.sqrt(g), 12),
        lower: expect.closeTo(Math.exp(Math.log(2 / 3) - 1.959963984540054 * Math.sqrt(g)), 12),
        upper: 1,
      },
    ]);
    // P1: C6 churned in its first month (t = 0), C4 at 3, C5 censored at 4.
    expect(partner).toMatchObject({ key: 'P1', n: 3, events: 2, medianMonths: 3 });
    expect(partner?.km.map((p) => [p.t, p.atRisk, p.events, p.survival])).toEqual([
      [0, 3, 1, expect.closeTo(2 / 3, 12)],
      [3, 2, 1, expect.closeTo(1 / 3, 12)],
    ]);
    // Log-rank by hand: at t = 0, 7 at risk (3 in P1), 1 event; at t = 3, 5 at risk (2), 1 event;
    // at t = 8, 3 at risk (0), 1 event. O − E = 2 − 3/7 − 2/5; V = (3/7)(4/7) + (2/5)(3/5).
    const oe = 2 - 3 / 7 - 2 / 5;
    const chisq = (oe * oe) / ((3 / 7) * (4 / 7) + (2 / 5) * (3 / 5));
    expect(report.logRank?.df).toBe(1);
    expect(report.logRank?.chisq).toBeCloseTo(chisq, 10);
    expect(report.logRank?.p).toBeCloseTo(chiSquare1Upper(chisq), 6);
  });

  it('fits the sBG on exactly those lifetimes, and reports the shrunk fit beside it', async () => {
    const report = JSON.parse(
      (await cli('retention', '--workspace', path, '--by', 'partner', '--json')).out,
    ) as RetentionReport;
    const partner = report.groups[1];
    const sbg = partner?.sbg;
    if (!sbg) throw new Error('P1 has churn: it must have a fit');
    // Lifetimes in sBG periods: C6 lost in period 1 (churned in its first month), C4 lost in
    // period 3, C5 still active after 4 periods.
    const logLik = (a: number, b: number) => {
      const s = (t: number) => {
        let v = 1;
        for (let i = 0; i < t; i++) v *= (b + i) / (a + b + i);
        return v;
      };
      return Math.log(s(0) - s(1)) + Math.log(s(2) - s(3)) + Math.log(s(4));
    };
    expect(sbg.logLik).toBeCloseTo(logLik(sbg.alpha, sbg.beta), 9);
    for (const [da, db] of [
      [1.01, 1],
      [0.99, 1],
      [1, 1.01],
      [1, 0.99],
    ] as const) {
      expect(logLik(sbg.alpha * da, sbg.beta * db)).toBeLessThanOrEqual(sbg.logLik + 1e-9);
    }
    expect(sbg.projectedSurvival).toHaveLength(24);
    expect(sbg.projectedSurvival[0]).toBeCloseTo(sbg.beta / (sbg.alpha + sbg.beta), 12);
    expect(partner?.sbgShrunk?.weight).toBeGreaterThan(0.5);
  });

  it('prints one object per channel and partner with every figure, and the baseline', async () => {
    const channels = JSON.parse(
      (await cli('channels', '--workspace', path, '--json')).out,
    ) as ChannelReport;
    expect(channels.baseline.label).toBe('Not referred');
    expect(channels.channels.map((c) => [c.channel, c.customers])).toEqual([
      ['Paid', 4],
      ['Organic', 3],
    ]);
    for (const key of [
      'customers',
      'topAdvocates',
      'advocateRate',
      'ltvSbg',
      'ltvSimple',
      'trailingSixMonthChurn',
      'monthlyChurn',
      'nps',
      'retentionCurve',
      'ltvVersusBaseline',
      'logRankPVersusBaseline',
    ]) {
      expect(channels.channels[0]).toHaveProperty(key);
    }
    const affiliates = JSON.parse(
      (await cli('affiliates', '--workspace', path, '--json')).out,
    ) as AffiliatesOverview;
    const figures = [
      'leads',
      'conversions',
      'conversionRate',
      'activeCustomers',
      'churnedCustomers',
      'monthlyChurn',
      'trailingSixMonthChurn',
      'retentionCurve',
      'expectedLifetimeMonths',
      'realisedRevenue',
      'ltvSbg',
      'projectedLtvTotal',
      'commissionsNet',
      'crcPerAccountMonth',
      'retentionCost',
      'roi',
      'paybackMonth',
      'refundRate',
      'inTrialCancellations',
      'advocatesReferred',
      'qualityGrade',
      'grossMargin',
      'discountRate',
      'currency',
    ];
    for (const key of figures) expect(affiliates.partners[0]).toHaveProperty(key);
    expect(affiliates.baseline).toHaveProperty('ltvSbg');
    expect(affiliates.recruits.map((r) => r.accountId)).toEqual(['C1']);
  });

  it('neutralises formulas in exported cells, and writes CSV and XLSX files', async () => {
    const csv = await cli('advocates', '--workspace', path, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out).toContain(`"'=HYPERLINK(""http://x.test"")"`);
    const file = join(dir, 'advocates.csv');
    await cli('advocates', '--workspace', path, '--format', 'csv', '--out', file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const xlsx = join(dir, 'advocates.xlsx');
    const run = await cli('advocates', '--workspace', path, '--format', 'xlsx', '--out', xlsx);
    expect(run.code).toBe(0);
    const zip = readFileSync(xlsx);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    // Read back by a second reader: the name is text, neutralised, not a formula.
    const names = readXlsx(xlsx).sheets[0]?.rows.map(([, cells]) => cells[2]);
    expect(names).toContain(`'=HYPERLINK("http://x.test")`);
    const cases = join(dir, 'cases.xlsx');
    expect(
      (await cli('case-studies', '--workspace', path, '--format', 'xlsx', '--out', cases)).code,
    ).toBe(0);
  });

  it('answers usage errors with 2 and bad input with 1', async () => {
    expect((await cli('retention', '--workspace', path)).code).toBe(2);
    expect((await cli('retention', '--workspace', path, '--by', 'colour')).code).toBe(2);
    expect((await cli('analyze', '--workspace', path, '--as-of', '2026-13-45')).code).toBe(2);
    expect((await cli('advocates', '--workspace', path, '--format', 'xlsx')).code).toBe(2);
    const missing = await cli('analyze', '--workspace', path, '--profile', 'Nobody');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No score profile is named "Nobody"');
  });

  it('analyses again, and says why, when the data changed since the last run', async () => {
    const ws = openWorkspace(path);
    ws.db.prepare(`UPDATE accounts SET health_score = 10 WHERE account_id = 'C1'`).run();
    bumpDataRevision(ws.db);
    ws.close();
    const run = await cli('advocates', '--workspace', path, '--json');
    expect(run.err).toMatch(/The data changed after the analysis .* Analysed again\./);
    const again = await cli('advocates', '--workspace', path, '--json');
    expect(again.err).toBe('');
  });
});
