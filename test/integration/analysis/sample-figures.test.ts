import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelReport, PartnerReport } from '../../../src-shared/model/analysis/economics';
import type { RetentionReport } from '../../../src-shared/model/analysis/retention';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { readReport } from '../../../src-main/analysis/store/results-reader';
import { openWorkspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import type Database from 'better-sqlite3';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';
import { storedResults } from '../../helpers/stored-results';

const one = <T>(db: Database.Database, sql: string, ...params: unknown[]): T =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T;

describe('analysis of the bundled sample (figures checked with direct SQL)', () => {
  const sample = useShippedSampleWorkspace();
  let summary: AnalysisSummary;
  let db: Database.Database;

  beforeAll(() => {
    const ws = sample().workspace;
    db = ws.db;
    summary = analyzeJob({ path: ws.path }, directContext(db));
  });

  it('counts customers as the accounts with a paid payment by the as-of date', () => {
    expect(summary.stamp.asOf).toBe('2026-09-30');
    const paying = one<number>(
      db,
      `SELECT count(DISTINCT p.account_id) FROM payments p JOIN accounts a USING (account_id)
       WHERE p.amount > 0 AND lower(p.status) NOT IN ('failed') AND p.paid_at < '2026-10-01'`,
    );
    expect(summary.customers).toBe(paying);
    expect(summary.accounts).toBe(one<number>(db, 'SELECT count(*) FROM accounts'));
    expect(summary.activeCustomers + summary.churnedCustomers).toBe(summary.customers);
  });

  it('sums realised revenue net of refunds, leaving out currencies without a rate', () => {
    const usdOnly = `SELECT account_id FROM payments GROUP BY account_id HAVING max(upper(currency)) = 'USD' AND min(upper(currency)) = 'USD'`;
    const sql = one<number>(
      db,
      `SELECT total(amount - coalesce(refunded_amount, 0)) FROM payments
       WHERE lower(status) <> 'failed' AND amount > 0 AND account_id IN (${usdOnly})`,
    );
    const engine = one<number>(
      db,
      `SELECT total(realised_revenue) FROM account_metrics WHERE account_id IN (${usdOnly})`,
    );
    expect(engine).toBeCloseTo(sql, 2);
    expect(summary.excludedCurrencies).toEqual(['EUR', 'GBP']);
  });

  it('computes a true NPS over the last 180 days', () => {
    const counts = db
      .prepare(
        `SELECT count(*) AS n, total(s.score >= 9) AS promoters, total(s.score <= 6) AS detractors
         FROM surveys s JOIN account_metrics m ON m.account_id = s.account_id
         WHERE s.type = 'NPS' AND s.responded_at >= '2026-04-04' AND s.responded_at < '2026-10-01'
           AND m.status IN ('active', 'churned')`,
      )
      .get() as { n: number; promoters: number; detractors: number };
    expect(summary.npsResponses).toBe(counts.n);
    expect(summary.nps).toBeCloseTo((100 * (counts.promoters - counts.detractors)) / counts.n, 10);
  });

  // Commissions on customers billed in a currency without a rate are left out with them.
  it('reports partners with conversions and commissions net of reversals', () => {
    const report = readReport<PartnerReport>(db, 'affiliates');
    expect(report?.partners).toHaveLength(one<number>(db, 'SELECT count(*) FROM partners'));
    for (const p of report?.partners ?? []) {
      const conversions = one<number>(
        db,
        `SELECT count(*) FROM account_metrics WHERE partner_id = ? AND status IN ('active', 'churned')`,
        p.partnerId,
      );
      const commissions = one<number>(
        db,
        `SELECT total(amount) FROM commissions WHERE partner_id = ? AND status <> 'reversed'
           AND upper(currency) = 'USD' AND created_at < '2026-10-01'
           AND account_id NOT IN (SELECT account_id FROM payments
                                  WHERE upper(currency) <> 'USD' AND status <> 'failed')`,
        p.partnerId,
      );
      expect([p.partnerId, p.conversions]).toEqual([p.partnerId, conversions]);
      expect(p.commissionsNet).toBeCloseTo(commissions, 2);
      expect(p.leads).toBe(
        one<number>(db, 'SELECT count(*) FROM referrals WHERE partner_id = ?', p.partnerId),
      );
    }
  });

  it('builds each channel curve on the customers at risk month by month', () => {
    const report = readReport<RetentionReport>(db, 'retention', 'channel');
    const organic = report?.groups.find((g) => g.key === 'Organic Search');
    expect(organic?.n).toBe(
      one<number>(
        db,
        `SELECT count(*) FROM account_metrics WHERE channel = 'Organic Search' AND paying = 1`,
      ),
    );
    for (const point of organic?.km ?? []) {
      expect(point.atRisk).toBe(
        one<number>(
          db,
          `SELECT count(*) FROM account_metrics WHERE channel = 'Organic Search' AND paying = 1 AND tenure_months >= ?`,
          point.t,
        ),
      );
    }
    expect(report?.logRank?.p).toBeLessThan(0.001);
  });

  it('shows the patterns the sample was built with', () => {
    const channels = readReport<ChannelReport>(db, 'channels');
    const churn = (name: string) =>
      channels?.channels.find((c) => c.channel === name)?.trailingSixMonthChurn ?? NaN;
    expect(churn('Organic Search')).toBeLessThan(churn('Paid Social'));
    const partners = readReport<PartnerReport>(db, 'affiliates')?.partners ?? [];
    const grade = (name: string) => partners.find((p) => p.name === name)?.qualityGrade;
    expect(grade('Northwind Consulting')).toBe('A');
    expect(grade('SaaS Deals Hub')).toBe('E');
    expect(grade('CashbackNest')).toBe('E');
    const expansions = (category: string) =>
      one<number>(
        db,
        `SELECT avg(expansion_count) FROM account_metrics WHERE nps_category = ?`,
        category,
      );
    expect(expansions('promoter')).toBeGreaterThan(expansions('detractor'));
    expect(summary.riskModel?.heldOutAuc).toBeGreaterThan(0.6);
  });

  it('gives identical results when run again, and whatever order the rows were stored in', () => {
    const before = storedResults(db);
    analyzeJob({ path: sample().workspace.path }, directContext(db));
    expect(storedResults(db)).toBe(before);

    const copyPath = join(sample().workspace.path, '..', 'shuffled.sqlite');
    const copy = openWorkspace(copyPath, { create: true });
    copy.db.prepare('ATTACH DATABASE ? AS source').run(sample().workspace.path);
    copy.db.transaction(() => {
      for (const table of [
        'import_runs',
        'accounts',
        'contacts',
        'subscriptions',
        'mrr_movements',
        'payments',
        'tickets',
        'surveys',
        'usage',
        'partners',
        'referrals',
        'commissions',
        'cs_costs',
        'settings',
      ]) {
        copy.db.exec(
          `DELETE FROM ${table}; INSERT INTO ${table} SELECT * FROM source.${table} ORDER BY random();`,
        );
      }
    })();
    copy.db.exec('DETACH DATABASE source');
    analyzeJob({ path: copyPath }, directContext(copy.db));
    expect(storedResults(copy.db)).toBe(before);
    copy.close();
  });
});
