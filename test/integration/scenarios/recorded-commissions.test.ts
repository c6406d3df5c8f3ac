import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartnerReport } from '../../../src-shared/model/analysis/economics';
import { RECORDED_COMMISSIONS, type ScenarioResult } from '../../../src-shared/model/scenarios';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { readReport } from '../../../src-main/analysis/store/results-reader';
import { directContext } from '../../../src-main/job/context';
import { evaluateScenarios } from '../../../src-main/scenarios/evaluate/evaluate-scenarios';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

const cents = (x: number) => Math.round(x * 100) / 100;

describe('the built-in scenario Recorded commissions (sample)', () => {
  const sample = useShippedSampleWorkspace();
  let db: Database.Database;
  let path: string;
  let recorded: ScenarioResult;
  let report: PartnerReport;

  beforeAll(() => {
    ({ db, path } = sample().workspace);
    analyzeJob({ path }, directContext(db));
    const evaluation = evaluateScenarios(
      db,
      path,
      [{ name: RECORDED_COMMISSIONS, file: null }],
      RECORDED_COMMISSIONS,
    );
    recorded = evaluation.scenarios[0] as ScenarioResult;
    report = readReport<PartnerReport>(db, 'affiliates') as PartnerReport;
  });

  it("pays each partner its commissionsNet, over the partner report's customers and revenue", () => {
    expect(recorded.partners.map((p) => p.partnerId)).toEqual(
      report.partners.map((p) => p.partnerId),
    );
    for (const row of report.partners) {
      const scenario = recorded.partners.find((p) => p.partnerId === row.partnerId);
      expect(scenario?.history.payout, row.partnerId).toBe(cents(row.commissionsNet));
      expect(scenario?.history.revenue, row.partnerId).toBe(cents(row.realisedRevenue));
      expect(scenario?.history.customers, row.partnerId).toBe(
        row.customers - row.customersLeftOutOfMoney,
      );
      expect(scenario?.history.paybackMonth, row.partnerId).toBe(row.paybackMonth);
    }
  });

  it('totals the commissions table net of reversals, read independently in SQL', () => {
    // Every sample commission is in USD; those on customers left out of money are left out.
    const total = db
      .prepare(
        `SELECT total(c.amount) FROM commissions c
         WHERE lower(coalesce(c.status, '')) NOT IN ('reversed', 'void', 'voided', 'rejected', 'declined', 'refunded')
           AND substr(c.created_at, 1, 10) <= ?
           AND c.partner_id IN (SELECT partner_id FROM partners)
           AND (c.account_id IS NULL OR c.account_id NOT IN (
             SELECT account_id FROM account_metrics WHERE paying = 1 AND excluded_currencies IS NOT NULL))`,
      )
      .pluck()
      .get(recorded.asOf) as number;
    expect(recorded.history.payout).toBeCloseTo(total, 2);
    expect(recorded.history.payout).toBe(
      cents(recorded.history.paid + recorded.history.pending - recorded.history.clawedBack),
    );
  });

  it("projects each partner's realised effective rate on its expected payments", () => {
    for (const partner of recorded.partners) {
      const history = partner.history;
      const projection = partner.projection;
      if (history.revenue === 0 || projection.revenue === 0) continue;
      const rate = history.payout / history.revenue;
      // The projected payout is rate × expected revenue, each rounded to the cent.
      expect(projection.payout).toBeCloseTo(rate * projection.revenue, 1);
    }
    expect(recorded.projection.payout).toBeGreaterThan(0);
  });
});
