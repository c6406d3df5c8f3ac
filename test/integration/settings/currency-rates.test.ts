import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import type { WorkspaceSettings } from '../../../src-shared/model/analysis/settings';
import { computeKeyFigures } from '../../../src-main/overview/key-figures';
import { cli, cliJson } from '../../helpers/cli-run';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

const asOf = '2026-09-30';

/**
 * MRR worked out in SQL from the subscriptions running on the as-of date, each converted at the
 * rate of its currency (USD is the base; a currency missing from `rates` is left out).
 */
function mrrInSql(db: Database.Database, rates: Record<string, number>): number {
  const rate = `CASE upper(currency) WHEN 'USD' THEN 1 ${Object.entries(rates)
    .map(([code, r]) => `WHEN '${code}' THEN ${r}`)
    .join(' ')} ELSE 0 END`;
  return db
    .prepare(
      `SELECT total(mrr * (${rate})) FROM subscriptions
       WHERE start_date <= @asOf AND (end_date IS NULL OR end_date > @asOf)`,
    )
    .pluck()
    .get({ asOf }) as number;
}

describe('conversion rates bring the sample’s EUR and GBP customers into MRR', () => {
  const sample = useShippedSampleWorkspace();
  let path = '';
  let db: Database.Database;

  beforeAll(() => {
    path = sample().workspace.path;
    db = sample().workspace.db;
  });

  it('without rates, MRR counts the USD subscriptions only and names what it left out', async () => {
    const settings = await cliJson<WorkspaceSettings>('settings', '--workspace', path);
    expect(settings.baseCurrency).toBe('USD');
    expect(settings.currencies.map((c) => [c.code, c.rate])).toEqual([
      ['USD', 1],
      ['EUR', null],
      ['GBP', null],
    ]);
    const summary = await cliJson<AnalysisSummary>('analyze', '--workspace', path);
    expect(summary.mrr).toBeCloseTo(mrrInSql(db, {}), 2);
    const figures = computeKeyFigures(db);
    expect(figures.mrr.excludedCurrencies).toEqual(['EUR', 'GBP']);
    expect(figures.mrrConverted).toEqual([]);
  });

  it('with rates, the analysis, the stored accounts and the Overview count them, converted', async () => {
    const rates = { EUR: 1.08, GBP: 1.27 };
    const set = await cliJson<WorkspaceSettings>(
      'settings',
      'set',
      '--rate',
      'EUR=1.08',
      '--rate',
      'gbp=1.27',
      '--margin',
      '80%',
      '--workspace',
      path,
    );
    expect(set.rates).toEqual(rates);
    expect(set.grossMargin).toBeCloseTo(0.8, 12);

    const expected = mrrInSql(db, rates);
    // The EUR and GBP subscriptions add real money: the figure is not the USD one.
    expect(expected - mrrInSql(db, {})).toBeGreaterThan(100_000);
    const summary = await cliJson<AnalysisSummary>('analyze', '--workspace', path);
    expect(summary.mrr).toBeCloseTo(expected, 2);
    expect(summary.grossMargin).toBeCloseTo(0.8, 12);

    // Every view reads the stored per-account figures: they add up to the same MRR.
    const stored = db
      .prepare(`SELECT total(mrr) FROM account_metrics WHERE status = 'active'`)
      .pluck()
      .get() as number;
    expect(stored).toBeCloseTo(expected, 2);
    const figures = computeKeyFigures(db);
    expect(figures.mrr.amount).toBeCloseTo(expected, 2);
    expect(figures.mrr.excludedCurrencies).toEqual([]);
    expect(figures.mrrConverted).toEqual([
      { currency: 'EUR', rate: 1.08 },
      { currency: 'GBP', rate: 1.27 },
    ]);

    // Removing a rate leaves that currency out again.
    await cliJson<WorkspaceSettings>('settings', 'set', '--rate', 'GBP=none', '--workspace', path);
    expect(computeKeyFigures(db).mrr.amount).toBeCloseTo(mrrInSql(db, { EUR: 1.08 }), 2);
  });

  it('refuses a rate for the base currency, a rate that is not positive, and a malformed one', async () => {
    const base = await cli('settings', 'set', '--rate', 'USD=1', '--workspace', path);
    expect(base.code).toBe(1);
    expect(base.err).toContain('USD is the base currency: it needs no rate.');
    const negative = await cli('settings', 'set', '--rate', 'EUR=-2', '--workspace', path);
    expect(negative.code).toBe(1);
    const malformed = await cli('settings', 'set', '--rate', 'EUR', '--workspace', path);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('--rate takes CURRENCY=RATE');
    const both = await cli(
      'settings',
      'set',
      '--cs-cost-per-account-month',
      '20',
      '--cs-monthly-total',
      '5000',
      '--workspace',
      path,
    );
    expect(both.code).toBe(1);
    // Nothing refused was written.
    expect((await cliJson<WorkspaceSettings>('settings', '--workspace', path)).rates).toEqual({
      EUR: 1.08,
    });
  });
});
