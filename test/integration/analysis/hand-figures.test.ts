import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountMetrics } from '../../../src-shared/model/analysis/accounts';
import type { ChannelReport, PartnerReport } from '../../../src-shared/model/analysis/economics';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import type { FactorRow } from '../../../src-shared/model/analysis/segments';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { caseStudyCandidates } from '../../../src-main/analysis/candidates/case-studies';
import { logReferenceRequest } from '../../../src-main/analysis/candidates/reference-requests';
import { readAccountMetrics } from '../../../src-main/analysis/results/account-reader';
import { saveProfile } from '../../../src-main/analysis/score/profiles';
import { defaultCaseStudyRule } from '../../../src-main/analysis/settings/analysis-settings';
import {
  readAdvocates,
  readAffiliateRecruits,
} from '../../../src-main/analysis/store/advocate-reader';
import { readReport } from '../../../src-main/analysis/store/results-reader';
import { writeSetting } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany, type SeedOptions } from './hand-company';

/** Scores from health, NPS (double) and expansion only, so every percentile is worked out by hand. */
const handWeights = {
  health: 1,
  nps: 2,
  csat: 0,
  usageLevel: 0,
  usageTrend: 0,
  expansion: 1,
  ltv: 0,
  friction: 0,
  crc: 0,
};

/** Σ_{t<120} S(t) of an sBG, straight from S(t) = Π_{i<t} (β + i) ÷ (α + β + i). */
function restrictedLifetime(alpha: number, beta: number): number {
  let sum = 0;
  let s = 1;
  for (let t = 0; t < 120; t++) {
    sum += s;
    s *= (beta + t) / (alpha + beta + t);
  }
  return sum;
}

describe('hand-computed figures (HandCo, as of 2026-06-30)', () => {
  const tempDir = useTempDir();
  let ws: Workspace;
  let summary: AnalysisSummary;
  const metrics = (id: string): AccountMetrics => {
    const m = readAccountMetrics(ws.db, id);
    if (!m) throw new Error(`no metrics for ${id}`);
    return m;
  };

  function analysed(options: SeedOptions & { settings?: Record<string, unknown> } = {}): {
    ws: Workspace;
    summary: AnalysisSummary;
  } {
    const workspace = openWorkspace(join(tempDir(), 'hand.sqlite'), { create: true });
    seedHandCompany(workspace.db, options);
    for (const [key, value] of Object.entries(options.settings ?? {}))
      writeSetting(workspace.db, key, value);
    saveProfile(workspace.db, 'Hand', handWeights);
    const result = analyzeJob(
      { path: workspace.path, profile: 'Hand' },
      directContext(workspace.db),
    );
    return { ws: workspace, summary: result };
  }

  beforeAll(() => {
    ({ ws, summary } = analysed());
  });

  it('reads status, tenure, MRR, expansion and revenue net of refunds', () => {
    expect(summary.stamp.asOf).toBe('2026-06-30');
    expect(summary).toMatchObject({
      customers: 7,
      activeCustomers: 4,
      churnedCustomers: 3,
      prospects: 1,
    });
    expect(metrics('C1')).toMatchObject({
      status: 'active',
      tenureMonths: 11,
      mrr: 100,
      realisedRevenue: 1150,
    });
    expect(metrics('C2')).toMatchObject({
      status: 'churned',
      churnDate: '2026-03-15',
      tenureMonths: 8,
      realisedRevenue: 900,
    });
    // C3 moved from 150 to 200 on 2026-01-01: one expansion of +50.
    expect(metrics('C3')).toMatchObject({
      tenureMonths: 8,
      mrr: 200,
      realisedRevenue: 1650,
      expansionCount: 1,
      expansionMrr: 50,
    });
    expect(metrics('C6')).toMatchObject({ status: 'churned', tenureMonths: 0 });
    expect(metrics('P0')).toMatchObject({ status: 'prospect', paying: false, tenureMonths: null });
    expect(summary.mrr).toBe(600);
    expect(summary.arpa).toBe(150);
  });

  it('computes customer churn by month, without the customers who started in the month', () => {
    const all = readReport<ChannelReport>(ws.db, 'channels')?.allCustomers;
    const rows = all?.monthlyChurn.filter((m) => m.month >= '2026-01');
    // Jan: C1 C2 C3 (C4 starts on the 1st); Mar: + C4 C5, C2 churns, C6 starts and churns (not
    // counted); Apr: C1 C3 C4 C5, C4 churns; May and Jun: C1 C3 C5.
    expect(rows?.map((m) => [m.month, m.activeAtStart, m.churned])).toEqual([
      ['2026-01', 3, 0],
      ['2026-02', 4, 0],
      ['2026-03', 5, 1],
      ['2026-04', 4, 1],
      ['2026-05', 3, 0],
      ['2026-06', 3, 0],
    ]);
    expect(summary.trailingChurn).toBeCloseTo((0.2 + 0.25) / 6, 12);
  });

  it('computes a true NPS, not an average of scores', () => {
    // In the 180 days: 10 (C1), 8 (C2), 6 (C3), 9 (C5); C1's 7 of 2025-12-01 is older.
    // (2 promoters − 1 detractor) ÷ 4 = +25, where the mean score would be 8.25.
    expect(summary.nps).toBe(25);
    expect(summary.npsResponses).toBe(4);
    expect(metrics('C1')).toMatchObject({
      npsLatest: 10,
      npsCategory: 'promoter',
      npsDate: '2026-06-01',
    });
    expect(metrics('C3').npsCategory).toBe('detractor');
  });

  it('scores by renormalised weighted percentiles whose contributions sum to the score', () => {
    const rows = readAdvocates(ws.db);
    const byId = new Map(rows.map((r) => [r.accountId, r]));
    // Health 80/40/60 and NPS 10/6/9 rank C1 83.3, C5 50, C3 16.7 (mid-ranks of three); expansion
    // 0/1/0/0 ranks C3 87.5 and the others 37.5. Weights 1, 2, 1 over 4.
    expect(byId.get('C1')?.score).toBeCloseTo((250 / 3 + (2 * 250) / 3 + 37.5) / 4, 10);
    expect(byId.get('C3')?.score).toBeCloseTo((50 / 3 + 100 / 3 + 87.5) / 4, 10);
    expect(byId.get('C5')?.score).toBeCloseTo((50 + 100 + 37.5) / 4, 10);
    // C7 has only the expansion signal: its weight is renormalised to 1, coverage 1/4.
    expect(byId.get('C7')).toMatchObject({ score: 37.5, coverage: 0.25, signalsPresent: 1 });
    expect(rows.map((r) => [r.accountId, r.tier])).toEqual([
      ['C1', 'advocate'],
      ['C5', 'neutral'],
      ['C7', 'at_risk'],
      ['C3', 'at_risk'],
    ]);
    for (const row of rows) {
      const sum = row.contributions.reduce((s, c) => s + c.contribution, 0);
      expect(sum).toBeCloseTo(row.score, 12);
      expect(row.contributions.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    }
    const c1 = byId.get('C1')?.contributions.map((c) => [c.signal, c.weight, c.contribution]);
    expect(c1).toEqual([
      ['health', 0.25, expect.closeTo(250 / 12, 10)],
      ['nps', 0.5, expect.closeTo(250 / 6, 10)],
      ['expansion', 0.25, 9.375],
    ]);
  });

  it('allocates customer-success cost equally among the accounts active each month', () => {
    // 300 a month from January: 4, 5, 6, 4, 3, 4 accounts active → 75, 60, 50, 75, 100, 75 each;
    // earlier months take January's rate.
    expect(metrics('C5')).toMatchObject({ retentionCost: 360, crcPerMonth: 72 });
    expect(metrics('C1')).toMatchObject({ retentionCost: 885, crcPerMonth: 73.75 });
    expect(metrics('C7')).toMatchObject({ retentionCost: 75, crcPerMonth: 75 });
  });

  it('can allocate that cost by ticket load, or take it from a setting', () => {
    const byTickets = analysed({ settings: { 'analysis.crcAllocation': 'tickets' } });
    // C3 files the only tickets of April, May and June and carries those months' whole cost:
    // Oct–Dec 3 × 75, Jan–Mar 75 + 60 + 50, Apr–Jun 3 × 300.
    expect(readAccountMetrics(byTickets.ws.db, 'C3')?.retentionCost).toBe(225 + 185 + 900);
    expect(readAccountMetrics(byTickets.ws.db, 'C1')?.retentionCost).toBe(450 + 185);
    byTickets.ws.close();
    const fromSetting = analysed({
      without: ['cs_costs'],
      settings: { 'analysis.crcPerAccountMonth': 50 },
    });
    expect(readAccountMetrics(fromSetting.ws.db, 'C1')).toMatchObject({
      retentionCost: 600,
      crcPerMonth: 50,
    });
    fromSetting.ws.close();
  });

  it('measures support friction over the last 180 days', () => {
    expect(metrics('C3').ticketsPerMonth).toBeCloseTo(3 / (180 / (365.25 / 12)), 6);
    expect(metrics('C3').urgentShare).toBeCloseTo(2 / 3, 12);
    expect(metrics('C1').ticketsPerMonth).toBe(0);
  });

  it('gives LTV both ways: ARPA × margin × sBG lifetime, and ARPA × margin ÷ churn', () => {
    const baseline = readReport<PartnerReport>(ws.db, 'affiliates')?.baseline;
    if (!baseline || baseline.sbgAlpha === null || baseline.sbgBeta === null)
      throw new Error('no fit');
    // Not referred: C1, C2, C3, C7; ARPA of the active = (100 + 200 + 100) ÷ 3; one churn (C2 in
    // March) among 3 customers active at March's start → 1/3, over six months 1/18.
    expect(baseline.arpa).toBeCloseTo(400 / 3, 10);
    expect(baseline.trailingSixMonthChurn).toBeCloseTo(1 / 18, 12);
    expect(baseline.ltvSimple).toBeCloseTo(((400 / 3) * 1) / (1 / 18), 6);
    const lifetime = restrictedLifetime(baseline.sbgAlpha, baseline.sbgBeta);
    expect(baseline.expectedLifetimeMonths).toBeCloseTo(lifetime, 9);
    expect(baseline.ltvSbg).toBeCloseTo((400 / 3) * lifetime, 6);
    expect(baseline.refundRate).toBeCloseTo(50 / 3850, 12);
    expect(baseline.inTrialCancellations).toBe(1);
  });

  it('reports the partner: conversions, commissions net of reversals, ROI and realised ROI', () => {
    const p1 = readReport<PartnerReport>(ws.db, 'affiliates')?.partners[0];
    if (!p1 || p1.ltvSbg === null || p1.expectedLifetimeMonths === null)
      throw new Error('no partner');
    expect(p1).toMatchObject({
      partnerId: 'P1',
      leads: 5,
      conversions: 3,
      conversionRate: 0.6,
      activeCustomers: 1,
      churnedCustomers: 2,
      arpa: 200,
      realisedRevenue: 1300,
      commissionsNet: 1160,
      commissionsReversed: 40,
      retentionCost: 670,
      nps: 100,
      qualityGrade: 'insufficient data',
    });
    expect(p1.trailingSixMonthChurn).toBeCloseTo(0.5 / 5, 12);
    expect(p1.ltvSbg).toBeCloseTo(200 * restrictedLifetime(p1.sbgAlpha ?? 0, p1.sbgBeta ?? 0), 6);
    const crc = (260 / 4 + 360 / 5 + 50) / 3;
    expect(p1.crcPerAccountMonth).toBeCloseTo(crc, 9);
    expect(p1.projectedRetentionCost).toBeCloseTo(crc * p1.expectedLifetimeMonths * 3, 6);
    const ltvTotal = p1.ltvSbg * 3;
    expect(p1.roi).toBeCloseTo((ltvTotal - 1160 - crc * p1.expectedLifetimeMonths * 3) / 1160, 9);
    expect(p1.realisedRoi).toBeCloseTo((1300 - 1160 - 670) / 1160, 12);
    // With its CRC, the average referred customer has not paid back within the data.
    expect(p1.paybackMonth).toBeNull();
  });

  it('finds the payback month from monthly cash flows', () => {
    const { ws: other } = analysed({ without: ['cs_costs'] });
    const p1 = readReport<PartnerReport>(other.db, 'affiliates')?.partners[0];
    // Cumulative margin − commissions (bounty 300 each): month 4 averages (−140 + 340 − 220) ÷ 3
    // < 0; month 5 averages C4 and C5, the two old enough: (−140 + 500) ÷ 2 ≥ 0.
    expect(p1?.paybackMonth).toBe(5);
    other.close();
  });

  it('estimates revenue from MRR × active months without payments, and says so', () => {
    const { ws: other, summary: s } = analysed({ without: ['payments'] });
    expect(s).toMatchObject({ customerBasis: 'subscriptions', revenueEstimated: true });
    const c1 = readAccountMetrics(other.db, 'C1');
    expect(c1?.revenueEstimated).toBe(true);
    // 2025-07-01 to 2026-06-30: 364 days at 100 a month of 365.25/12 days.
    expect(c1?.realisedRevenue).toBeCloseTo((100 * 364) / (365.25 / 12), 5);
    other.close();
  });

  it('proposes case-study candidates under the default rule and respects reference requests', () => {
    const asOf = summary.stamp.asOf;
    const today = '2026-07-15';
    const ids = () =>
      caseStudyCandidates(ws.db, defaultCaseStudyRule, asOf, today).map((c) => c.accountId);
    // C1: active, 11 months, NPS 10, score 71.9 ≥ 70, a champion contact, consent given.
    const [candidate] = caseStudyCandidates(ws.db, defaultCaseStudyRule, asOf, today);
    expect(candidate).toMatchObject({
      accountId: 'C1',
      contact: { contactId: 'K1', role: 'champion' },
      proof: { tenureMonths: 11, npsLatest: 10, useCase: 'Reporting' },
    });
    logReferenceRequest(ws.db, {
      accountId: 'C1',
      contactId: 'K1',
      askedAt: '2026-03-01',
      outcome: 'accepted',
    });
    expect(ids()).toEqual(['C1']);
    logReferenceRequest(ws.db, { accountId: 'C1', askedAt: '2026-05-01' });
    expect(ids()).toEqual([]);
    expect(
      caseStudyCandidates(ws.db, { ...defaultCaseStudyRule, notAskedWithinDays: 30 }, asOf, today),
    ).toHaveLength(1);
    expect(
      caseStudyCandidates(ws.db, { ...defaultCaseStudyRule, minScore: 72 }, asOf, today),
    ).toHaveLength(0);
  });

  it('lists top advocates who are not partners as affiliates to recruit', () => {
    expect(readAffiliateRecruits(ws.db).map((r) => [r.accountId, r.contact?.contactId])).toEqual([
      ['C1', 'K1'],
    ]);
  });

  it('measures lift of an attribute among top advocates', () => {
    const retail = readReport<FactorRow[]>(ws.db, 'factors')?.find(
      (f) => f.attribute === 'industry' && f.value === 'Retail',
    );
    // Top advocates: C1 only (Retail). Customers in Retail: C1, C2, C5, C6, C7 of 7.
    expect(retail).toMatchObject({
      withValue: 1,
      topAdvocates: 1,
      populationWithValue: 5,
      population: 7,
      test: 'fisher',
    });
    expect(retail?.lift).toBeCloseTo(7 / 5, 12);
  });
});
