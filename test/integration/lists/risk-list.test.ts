import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { listFacet, listPage } from '../../../src-main/analysis/lists/list-query';
import { riskList } from '../../../src-main/analysis/lists/risk-list';
import { riskTotals } from '../../../src-main/analysis/lists/risk-totals';
import { readRisk, readRiskAccount } from '../../../src-main/analysis/store/advocate-reader';
import { directContext } from '../../../src-main/job/context';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

/**
 * The At risk view's list and totals on the analysed sample, against the command line's reader
 * and against SQL written here over the stored scores and metrics.
 */
describe('the churn-risk list of the sample', () => {
  const sample = useShippedSampleWorkspace();
  let db: Database.Database;

  beforeAll(() => {
    const ws = sample().workspace;
    db = ws.db;
    analyzeJob({ path: ws.path }, directContext(db));
  });

  it('ranks accounts in the order the risk command prints', () => {
    const report = readRisk(db, 25);
    const page = listPage(db, riskList, {}, ['name', 'probability'], 0, 25, true);
    expect(page.rows.map((r) => r['key'])).toEqual(report?.accounts.map((a) => a.accountId));
    expect(page.rows.map((r) => r['probability'])).toEqual(
      report?.accounts.map((a) => a.probability),
    );
    expect(page.total).toBe(db.prepare('SELECT count(*) FROM churn_risk').pluck().get());
    // Highest first, and every probability a probability.
    const probabilities = page.rows.map((r) => r['probability'] as number);
    expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
    expect(probabilities.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('totals the MRR and the expected churned MRR of the accounts a filter keeps', () => {
    const csm = listFacet(db, riskList, 'csm', {}).values[0]?.value as string;
    expect(typeof csm).toBe('string');
    const query = { filters: { csm: { values: [csm] } } };
    const expected = db
      .prepare(
        `SELECT count(*) AS accounts, total(m.mrr) AS mrr, total(r.probability * m.mrr) AS loss
         FROM churn_risk r JOIN account_metrics m USING (account_id) WHERE m.csm = ?`,
      )
      .get(csm) as { accounts: number; mrr: number; loss: number };
    const totals = riskTotals(db, query);
    expect(totals.accounts).toBe(expected.accounts);
    expect(totals.mrr).toBeCloseTo(expected.mrr, 6);
    expect(totals.expectedLoss).toBeCloseTo(expected.loss, 6);
    expect(totals.expectedLoss).toBeGreaterThan(0);
    expect(totals.expectedLoss).toBeLessThan(totals.mrr);
    const page = listPage(db, riskList, query, ['csm', 'expectedLoss', 'mrr'], 0, 1000, true);
    expect(page.total).toBe(expected.accounts);
    expect(page.rows.every((r) => r['csm'] === csm)).toBe(true);
    const first = page.rows[0];
    const firstRisk = readRiskAccount(db, String(first?.['key']));
    expect(first?.['expectedLoss']).toBeCloseTo(
      (firstRisk?.probability ?? 0) * Number(first?.['mrr']),
      9,
    );
  });

  it('reads one account with its reasons, and none for an account never scored', () => {
    const top = readRisk(db, 1)?.accounts[0];
    const row = readRiskAccount(db, top?.accountId ?? '');
    expect(row).toEqual(top);
    expect(row?.reasons.length).toBeGreaterThan(0);
    const churned = db
      .prepare(
        `SELECT account_id FROM account_metrics WHERE account_id NOT IN
         (SELECT account_id FROM churn_risk) LIMIT 1`,
      )
      .pluck()
      .get() as string;
    expect(readRiskAccount(db, churned)).toBeNull();
  });

  it('stores a calibration of the held-out accounts in ten bands', () => {
    const model = readRisk(db, 0)?.model;
    const bands = model?.calibration ?? [];
    expect(bands).toHaveLength(10);
    expect(bands.reduce((s, b) => s + b.count, 0)).toBe(model?.heldOutAccounts);
    for (const band of bands) {
      expect(band.predicted).toBeGreaterThan(0);
      expect(band.observed).toBeGreaterThanOrEqual(0);
      expect(band.observed).toBeLessThanOrEqual(1);
    }
    // The bands run from the least to the most likely to churn.
    const predicted = bands.map((b) => b.predicted);
    expect([...predicted].sort((a, b) => a - b)).toEqual(predicted);
  });
});
