import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src-main/coverage/coverage';
import { computeKeyFigures } from '../../src-main/overview/key-figures';
import { writeSetting } from '../../src-main/store/settings';
import { openWorkspace } from '../../src-main/store/workspace';
import { seedTinyCompany } from '../helpers/seed-workspace';
import { useTempDir } from '../helpers/temp-dir';

describe('overview figures on a hand-made workspace', () => {
  const tempDir = useTempDir();

  it('counts active and churned accounts and MRR at the latest data date', () => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    seedTinyCompany(ws.db);
    const figures = computeKeyFigures(ws.db);
    // Latest event date: ticket T1 on 2026-09-30.
    expect(figures.asOf).toBe('2026-09-30');
    expect(figures.accounts).toBe(5);
    // A2 churned; A1, A3 and A4 (reactivated) are active; A5 is in its trial and has not paid yet,
    // so it is neither.
    expect(figures.churned).toBe(1);
    expect(figures.active).toBe(3);
    // USD only: A1 100 + A4 80; A5's trial does not count; A3's EUR has no rate yet.
    expect(figures.mrr).toEqual({ amount: 180, currency: 'USD', excludedCurrencies: ['EUR'] });
    expect(figures.partners).toBe(1);
    expect(figures.referredAccounts).toBe(1);

    // An account whose only subscription was cancelled in its trial never became a customer.
    ws.db.prepare(`INSERT INTO accounts (account_id, name) VALUES ('A6', 'Trial only')`).run();
    ws.db
      .prepare(
        `INSERT INTO subscriptions (subscription_id, account_id, start_date, end_date, mrr, currency)
         VALUES ('S-A6', 'A6', '2026-05-15', '2026-05-10', 40, 'USD')`,
      )
      .run();
    expect(computeKeyFigures(ws.db)).toMatchObject({ accounts: 6, active: 3, churned: 1 });

    writeSetting(ws.db, 'currency.rates', { EUR: 1.1 });
    const converted = computeKeyFigures(ws.db).mrr;
    expect(converted.amount).toBeCloseTo(180 + 50 * 1.1, 9);
    expect(converted.excludedCurrencies).toEqual([]);
    ws.close();
  });

  it('reports coverage, orphans, empty fields, maturity and the next import', () => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    seedTinyCompany(ws.db);
    const coverage = computeCoverage(ws.db);
    const source = (kind: string) => coverage.sources.find((s) => s.kind === kind);
    expect(coverage.accounts).toBe(5);
    expect(source('accounts')).toMatchObject({
      rows: 5,
      accountsCovered: 5,
      accountShare: 1,
      orphans: 0,
    });
    expect(source('accounts')?.dateRange).toEqual({ from: '2025-01-05', to: '2026-09-01' });
    expect(source('accounts')?.emptyFields).toContainEqual({ field: 'industry', emptyShare: 0.2 });
    expect(source('subscriptions')).toMatchObject({ rows: 6, accountsCovered: 5, accountShare: 1 });
    expect(source('tickets')).toMatchObject({
      rows: 2,
      accountsCovered: 1,
      accountShare: 0.2,
      orphans: 1,
    });
    expect(source('tickets')?.emptyFields).toContainEqual({ field: 'priority', emptyShare: 0.5 });
    // R2 is a lead without an account: not an orphan. Referrals reach one known account.
    expect(source('referrals')).toMatchObject({ rows: 2, accountsCovered: 1, orphans: 0 });
    expect(source('partners')).toMatchObject({
      rows: 1,
      accountsCovered: null,
      accountShare: null,
    });
    expect(source('surveys')).toMatchObject({ rows: 0, dateRange: null, emptyFields: [] });
    // Master, billing, support and partners are in place: four of six areas.
    expect(coverage.maturity.stage).toBe('customer-success');
    expect(coverage.maturity.domains.filter((d) => d.present).map((d) => d.domain)).toEqual([
      'master',
      'billing',
      'support',
      'partners',
    ]);
    expect(coverage.maturity.missing).toEqual([
      'contacts',
      'payments',
      'surveys',
      'usage',
      'commissions',
    ]);
    expect(coverage.maturity.score).toBe(0.5);
    // Surveys unlock NPS, the case-study rule's first requirement.
    expect(coverage.nextImport).toEqual({ kind: 'surveys', unlocks: ['nps-and-csat'] });
    ws.close();
  });

  it('is empty but well-formed for a new workspace', () => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    expect(computeKeyFigures(ws.db)).toMatchObject({
      asOf: null,
      accounts: 0,
      active: 0,
      churned: 0,
    });
    const coverage = computeCoverage(ws.db);
    expect(coverage.maturity.stage).toBe('none');
    expect(coverage.nextImport?.kind).toBe('accounts');
    ws.close();
  });
});
