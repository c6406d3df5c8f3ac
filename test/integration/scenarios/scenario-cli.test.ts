import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerReport } from '../../../src-shared/model/analysis/economics';
import {
  RECORDED_COMMISSIONS,
  type ScenarioComparison,
  type ScenarioResult,
} from '../../../src-shared/model/scenarios';
import { cli, cliJson } from '../../helpers/cli-run';
import { readXlsx } from '../../helpers/xlsx-reader';

const figureKeys = [
  'customers',
  'payout',
  'paid',
  'pending',
  'clawedBack',
  'bonuses',
  'revenue',
  'netRevenue',
  'roi',
  'costPerCustomer',
  'paybackMonth',
];
const sorted = (o: object) => Object.keys(o).sort();

const steps = {
  version: 1,
  name: 'As written in the file',
  structure: {
    event: 'payment',
    steps: [{ payments: 3, percent: 40 }, { percent: 20 }],
    duration: { months: 12 },
    holdDays: 30,
    clawback: { refunds: true, churnWithinDays: 60 },
  },
};
const lifetime = { version: 1, name: 'Lifetime', structure: { rate: { percent: 20 } } };

/** The scenario command line on the shipped sample, as an analyst would use it. */
describe('scenario commands on the sample workspace', () => {
  let dir = '';
  let workspace = '';
  const scenario = (...args: string[]) => cli('scenario', ...args, '--workspace', workspace);
  const scenarioJson = <T>(...args: string[]) =>
    cliJson<T>('scenario', ...args, '--workspace', workspace);
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-scenario-cli-'));
    workspace = join(dir, 'sample.sqlite');
    expect((await cli('demo', '--workspace', workspace)).code).toBe(0);
    expect(
      (await scenario('save', '40 then 20', '--json-file', file('steps.json', steps))).code,
    ).toBe(0);
    expect(
      (await scenario('save', '20% lifetime', '--json-file', file('life.json', lifetime))).code,
    ).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves, lists, shows, exports and deletes a scenario', async () => {
    const saved = await scenarioJson<{ name: string; replaced: boolean }>(
      'save',
      'Round trip',
      '--json-file',
      file('round.json', lifetime),
    );
    expect(saved).toMatchObject({ name: 'Round trip', replaced: false });
    const again = await scenarioJson<{ replaced: boolean }>(
      'save',
      'Round trip',
      '--json-file',
      file('round.json', lifetime),
    );
    expect(again.replaced).toBe(true);

    const list = await scenarioJson<{ name: string; builtIn: boolean }[]>('list');
    expect(list.map((s) => s.name)).toEqual([
      RECORDED_COMMISSIONS,
      '20% lifetime',
      '40 then 20',
      'Round trip',
    ]);
    expect(list[0]?.builtIn).toBe(true);

    const shown = await scenarioJson<ScenarioResult>('show', 'Round trip');
    expect(shown.name).toBe('Round trip');
    expect(shown.history.payout).toBeGreaterThan(0);

    const out = join(dir, 'exported.json');
    expect((await scenario('export', 'Round trip', '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ ...lifetime, name: 'Round trip' });
    const refused = await scenario('export', 'Round trip', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--force');
    expect((await scenario('export', 'Round trip', '--out', out, '--force')).code).toBe(0);
    const intoWorkspace = await scenario('export', 'Round trip', '--out', workspace, '--force');
    expect(intoWorkspace.code).toBe(1);
    expect(intoWorkspace.err).toContain('open workspace');

    // The exported file saves again as the same scenario.
    expect((await scenario('save', 'Round trip 2', '--json-file', out)).code).toBe(0);
    const second = await scenarioJson<ScenarioResult>('show', 'Round trip 2');
    expect(second.history).toEqual(shown.history);

    for (const name of ['Round trip', 'Round trip 2'])
      expect((await scenario('delete', name)).code).toBe(0);
    const gone = await scenario('show', 'Round trip');
    expect(gone.code).toBe(1);
    expect(gone.err).toContain('No scenario is named "Round trip"');
    expect((await scenario('delete', 'Round trip')).code).toBe(1);
    expect((await scenario('delete', RECORDED_COMMISSIONS)).code).toBe(1);
    const names = (await scenarioJson<{ name: string }[]>('list')).map((s) => s.name);
    expect(names).not.toContain('Round trip');
  }, 120_000);

  it('refuses a file that breaks the rules, naming the file and the field or the line and column', async () => {
    const bad = file('bad.json', {
      version: 1,
      name: 'Bad',
      structure: { rate: { percent: 10 }, steps: [{ percent: 5 }], colour: 'red' },
    });
    const run = await scenario('save', 'Bad', '--json-file', bad);
    expect(run.code).toBe(1);
    expect(run.err).toContain(bad);
    expect(run.err).toContain('structure.colour');
    const broken = file('broken.json', '{\n  "version": 1,\n  "name": "x",,\n}');
    const parse = await scenario('save', 'Broken', '--json-file', broken);
    expect(parse.code).toBe(1);
    expect(parse.err).toContain(broken);
    expect(parse.err).toMatch(/line 3, column \d+/);
    const newer = await scenario(
      'save',
      'Newer',
      '--json-file',
      file('v2.json', { ...lifetime, version: 2 }),
    );
    expect(newer.code).toBe(1);
    expect(newer.err).toContain('version');
    const reserved = await scenario(
      'save',
      'recorded commissions',
      '--json-file',
      file('r.json', lifetime),
    );
    expect(reserved.code).toBe(1);
    expect(reserved.err).toContain('built-in');
    expect((await scenario('list')).out).not.toContain('Bad');
  });

  it('saves a file whose override names an unknown partner, with a warning', async () => {
    const path = file('override.json', {
      ...lifetime,
      overrides: [{ partners: ['part_not_in_this_workspace'], structure: { rate: { flat: 50 } } }],
    });
    const run = await scenario('save', 'Override', '--json-file', path);
    expect(run.code).toBe(0);
    expect(run.err).toContain('overrides.0.partners names part_not_in_this_workspace');
    const shown = await scenario('show', 'Override', '--json');
    expect(shown.code).toBe(0);
    expect(shown.err).toContain('not a partner in this workspace');
    expect((await scenario('delete', 'Override')).code).toBe(0);
  });

  it('prints exactly the shape of `scenario show --json`', async () => {
    const shown = await scenarioJson<ScenarioResult>('show', '40 then 20');
    expect(sorted(shown)).toEqual(
      [
        'name',
        'asOf',
        'currency',
        'horizonMonths',
        'history',
        'projection',
        'earnings',
        'partners',
        'customersLeftOutOfMoney',
        'excludedCurrencies',
      ].sort(),
    );
    expect(shown).toMatchObject({ name: '40 then 20', currency: 'USD', horizonMonths: 24 });
    expect(sorted(shown.history)).toEqual([...figureKeys].sort());
    expect(sorted(shown.projection)).toEqual([...figureKeys].sort());
    expect(sorted(shown.earnings)).toEqual(['max', 'median', 'min', 'q1', 'q3', 'top10Share']);
    expect(shown.partners.length).toBeGreaterThan(0);
    for (const partner of shown.partners) {
      expect(sorted(partner)).toEqual(['history', 'name', 'partnerId', 'projection']);
      expect(sorted(partner.history)).toEqual([...figureKeys].sort());
      expect(partner.history.payout).toBeCloseTo(
        partner.history.paid + partner.history.pending - partner.history.clawedBack,
        2,
      );
    }
    expect(shown.customersLeftOutOfMoney).toBeGreaterThan(0);
    expect(shown.excludedCurrencies.length).toBeGreaterThan(0);
  });

  it("gives Recorded commissions each partner's commissionsNet from the partner report", async () => {
    const recorded = await scenarioJson<ScenarioResult>('show', RECORDED_COMMISSIONS);
    const report = await cliJson<PartnerReport>('affiliates', '--workspace', workspace);
    expect(recorded.partners.map((p) => p.partnerId).sort()).toEqual(
      report.partners.map((p) => p.partnerId).sort(),
    );
    for (const row of report.partners) {
      const partner = recorded.partners.find((p) => p.partnerId === row.partnerId);
      expect(partner?.history.payout, row.partnerId).toBe(
        Math.round(row.commissionsNet * 100) / 100,
      );
    }
  });

  it('compares with the built-in baseline by default, with deltas and movers', async () => {
    const comparison = await scenarioJson<ScenarioComparison>(
      'compare',
      '40 then 20',
      '20% lifetime',
    );
    expect(sorted(comparison)).toEqual(['baseline', 'scenarios']);
    expect(comparison.baseline).toBe(RECORDED_COMMISSIONS);
    expect(comparison.scenarios.map((s) => s.name)).toEqual([
      RECORDED_COMMISSIONS,
      '40 then 20',
      '20% lifetime',
    ]);
    const [base, steps20] = comparison.scenarios as [ScenarioResult, ScenarioResult];
    expect(base.delta).toBeUndefined();
    expect(steps20.delta?.payout).toBeCloseTo(steps20.history.payout - base.history.payout, 2);
    expect(steps20.movers?.length).toBeGreaterThan(0);
    // The same figures as `show` prints for each scenario alone.
    const alone = await scenarioJson<ScenarioResult>('show', '40 then 20');
    expect(steps20.history).toEqual(alone.history);

    const other = await scenarioJson<ScenarioComparison>(
      'compare',
      '40 then 20',
      '--baseline',
      '20% lifetime',
    );
    expect(other.baseline).toBe('20% lifetime');
    expect(other.scenarios.map((s) => s.name)).toEqual(['20% lifetime', '40 then 20']);

    const unknown = await scenario('compare', 'No such scenario');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No scenario is named');
    expect((await scenario('compare')).code).toBe(2);
    expect((await scenario('compare', '40 then 20', '--format', 'xlsx')).code).toBe(2);
    expect((await scenario('show', '40 then 20', '--baseline', 'x')).code).toBe(2);
  });

  it('writes the comparison as CSV and XLSX through the export module', async () => {
    const csv = join(dir, 'comparison.csv');
    const xlsx = join(dir, 'comparison.xlsx');
    expect((await scenario('compare', '40 then 20', '--format', 'csv', '--out', csv)).code).toBe(0);
    expect((await scenario('compare', '40 then 20', '--format', 'xlsx', '--out', xlsx)).code).toBe(
      0,
    );
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeffScenario,Baseline,Partner ID,Partner,')).toBe(true);
    const workbook = readXlsx(xlsx);
    expect(workbook.bad).toBeNull();
    const rows = workbook.sheets[0]?.rows.map(([, cells]) => cells) ?? [];
    expect(rows[0]?.[0]).toBe('Scenario');
    const comparison = await scenarioJson<ScenarioComparison>('compare', '40 then 20');
    // A totals row and a row per partner for each scenario, under the header.
    const expected = comparison.scenarios.reduce((n, s) => n + 1 + s.partners.length, 1);
    expect(rows.length).toBe(expected);
    expect(text.trimEnd().split('\r\n').length).toBe(expected);
  });

  it('writes a self-contained HTML report with nothing to load and the files in an appendix', async () => {
    const out = join(dir, 'report.html');
    const run = await scenario(
      'compare',
      '40 then 20',
      '20% lifetime',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain('<svg');
    expect(html).toContain('Appendix: scenario files and settings');
    expect(html).toContain('&quot;churnWithinDays&quot;: 60');
    expect(html).toContain('Δ payout');
    expect(html).toContain('Gross margin');
    expect(html).toContain('(expected values)');
    const again = await scenario('compare', '40 then 20', '--format', 'html', '--out', out);
    expect(again.code).toBe(1);
  });

  it('saves a comparison that shows the same numbers, and says it is out of date after an import', async () => {
    const compared = await scenarioJson<ScenarioComparison>(
      'compare',
      '40 then 20',
      '20% lifetime',
      '--save',
      'Q3 review',
    );
    const list = await scenarioJson<{ name: string; scenarios: string[] }[]>('comparisons');
    expect(list.map((c) => c.name)).toContain('Q3 review');
    // The saved comparison keeps its own copies of the files: deleting a scenario changes nothing.
    expect((await scenario('delete', '20% lifetime')).code).toBe(0);
    const shown = await scenarioJson<{
      stale: boolean;
      reasons: string[];
      baseline: string;
      scenarios: ScenarioResult[];
      files: unknown[];
    }>('comparisons', 'show', 'Q3 review');
    expect(shown.stale).toBe(false);
    expect(shown.reasons).toEqual([]);
    expect({ baseline: shown.baseline, scenarios: shown.scenarios }).toEqual(compared);
    expect(shown.files).toHaveLength(2);
    expect(
      (await scenario('save', '20% lifetime', '--json-file', file('life.json', lifetime))).code,
    ).toBe(0);

    // A changed setting makes it out of date, and says which.
    expect((await cli('settings', 'set', '--margin', '80', '--workspace', workspace)).code).toBe(0);
    const margin = await scenarioJson<{ stale: boolean; reasons: string[] }>(
      'comparisons',
      'show',
      'Q3 review',
    );
    expect(margin.stale).toBe(true);
    expect(margin.reasons).toEqual(['The gross margin is now 80% (it was 100%).']);
    expect((await cli('settings', 'set', '--margin', '100', '--workspace', workspace)).code).toBe(
      0,
    );
    const restored = await scenarioJson<{ stale: boolean; scenarios: ScenarioResult[] }>(
      'comparisons',
      'show',
      'Q3 review',
    );
    expect(restored.stale).toBe(false);
    expect(restored.scenarios).toEqual(compared.scenarios);

    // One new payment through the real import moves the data revision on.
    const payments = file(
      'more-payments.csv',
      'id,Created (UTC),Amount,Amount Refunded,Currency,Captured,Fee,Status,Seller Message,Customer ID,Card Brand,account_id (metadata)\n' +
        'ch_scenario_test_0001,2026-09-29 10:00:00,870.00,0.00,usd,true,25.53,Paid,,cus_jiDQT6BnTo9Yr3,Visa,ACC-00001\n',
    );
    expect((await cli('import', '--workspace', workspace, payments)).code).toBe(0);
    const stale = await scenario('comparisons', 'show', 'Q3 review', '--json');
    expect(stale.code).toBe(0);
    const opened = JSON.parse(stale.out) as {
      stale: boolean;
      reasons: string[];
      scenarios: ScenarioResult[];
      current: ScenarioComparison;
    };
    expect(opened.stale).toBe(true);
    expect(opened.reasons.join(' ')).toContain('The data changed since it was saved');
    expect(opened.scenarios).toEqual(compared.scenarios);
    expect(opened.current.scenarios.map((s) => s.name)).toEqual(
      compared.scenarios.map((s) => s.name),
    );
    expect(stale.err).toContain('out of date');
    const text = await scenario('comparisons', 'show', 'Q3 review');
    expect(text.out).toContain('is out of date');

    expect((await scenario('comparisons', 'delete', 'Q3 review')).code).toBe(0);
    expect((await scenario('comparisons', 'show', 'Q3 review')).code).toBe(1);
    expect(existsSync(workspace)).toBe(true);
  }, 120_000);
});
