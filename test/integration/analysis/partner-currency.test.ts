import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ChannelReport,
  PartnerReport,
  PartnerRow,
} from '../../../src-shared/model/analysis/economics';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { readReport } from '../../../src-main/analysis/store/results-reader';
import { writeSetting } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import type Database from 'better-sqlite3';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';
import { seedHandCompany } from './hand-company';

const one = <T>(db: Database.Database, sql: string, params: Record<string, unknown> = {}): T =>
  db.prepare(sql).pluck().get(params) as T;

function partnerRow(db: Database.Database, partnerId: string): PartnerRow {
  const row = readReport<PartnerReport>(db, 'affiliates')?.partners.find(
    (p) => p.partnerId === partnerId,
  );
  if (!row) throw new Error(`no row for ${partnerId}`);
  return row;
}

/** ROI = (LTV − commissions − retention cost) ÷ commissions, over `customers` customers. */
const roiOf = (
  arpa: number,
  lifetime: number,
  crcPerMonth: number,
  customers: number,
  commissions: number,
) => (arpa * lifetime * customers - commissions - crcPerMonth * lifetime * customers) / commissions;

/**
 * The sample's base currency is USD and it has no rates: EUR and GBP customers are left out of
 * money. Each figure is worked out here in SQL from the canonical tables, with only per-account
 * facts (paying, MRR, CRC) and the group's expected lifetime (a survival figure, which counts
 * everyone) taken from the stored results. Every sample account bills in one currency.
 */
describe('partner and channel money over the customers whose money is known (sample)', () => {
  const sample = useShippedSampleWorkspace();
  let db: Database.Database;

  const billedOutsideUsd = `SELECT account_id FROM payments WHERE upper(currency) <> 'USD'
     UNION SELECT account_id FROM subscriptions WHERE upper(currency) <> 'USD'`;

  /**
   * A partner's figures by hand. Without rates, its money counts only the customers billed in USD,
   * and only the USD commissions on anyone else; with rates, everything, converted.
   */
  function byHand(partnerId: string, rates: { EUR: number; GBP: number } | null) {
    const rate = (column: string) =>
      rates === null
        ? '1'
        : `(CASE upper(${column}) WHEN 'EUR' THEN ${rates.EUR} WHEN 'GBP' THEN ${rates.GBP} ELSE 1 END)`;
    const members = `SELECT * FROM account_metrics WHERE partner_id = @p AND paying = 1`;
    const counted =
      rates === null ? `${members} AND account_id NOT IN (${billedOutsideUsd})` : members;
    const commissionsCounted =
      rates === null
        ? `upper(currency) = 'USD' AND account_id NOT IN (SELECT account_id FROM account_metrics
             WHERE paying = 1 AND account_id IN (${billedOutsideUsd}))`
        : '1';
    const p = { p: partnerId };
    const currencies = db
      .prepare(
        `SELECT upper(currency) FROM payments WHERE account_id IN (SELECT account_id FROM (${members}))
         UNION SELECT upper(currency) FROM subscriptions WHERE account_id IN (SELECT account_id FROM (${members}))
         UNION SELECT upper(currency) FROM commissions WHERE partner_id = @p
         ORDER BY 1`,
      )
      .pluck()
      .all(p) as string[];
    return {
      customers: one<number>(db, `SELECT count(*) FROM (${members})`, p),
      counted: one<number>(db, `SELECT count(*) FROM (${counted})`, p),
      commissions: one<number>(
        db,
        `SELECT total(amount * ${rate('currency')}) FROM commissions
         WHERE partner_id = @p AND status <> 'reversed' AND created_at < '2026-10-01'
           AND ${commissionsCounted}`,
        p,
      ),
      revenue: one<number>(
        db,
        `SELECT total((amount - refunded_amount) * ${rate('currency')}) FROM payments
         WHERE account_id IN (SELECT account_id FROM (${counted}))
           AND status <> 'failed' AND amount > 0 AND paid_at < '2026-10-01'`,
        p,
      ),
      retentionCost: one<number>(db, `SELECT total(retention_cost) FROM (${counted})`, p),
      crcPerMonth: one<number>(db, `SELECT avg(crc_per_month) FROM (${counted})`, p),
      arpa: one<number>(db, `SELECT avg(mrr) FROM (${counted}) WHERE status = 'active'`, p),
      currencies: rates === null ? currencies.filter((c) => c !== 'USD') : [],
    };
  }

  beforeAll(() => {
    const ws = sample().workspace;
    db = ws.db;
    analyzeJob({ path: ws.path }, directContext(db));
  });

  it.each([
    ['Northwind Consulting', 'part_g652ovut3gqc', 13.92, 2.93],
    ['Juniperspring Ventures', 'part_3lazd14aht38', 39.84, 9.34],
    ['SaaS Deals Hub', 'part_qhyyu5ym3d0c', -11.02, 10.93],
  ])('%s: LTV, retention cost and commissions cover the same customers', (_, id, roi, realised) => {
    const row = partnerRow(db, id);
    const hand = byHand(id, null);
    const lifetime = row.expectedLifetimeMonths ?? NaN;
    expect(hand.counted).toBeLessThan(hand.customers);
    expect(row).toMatchObject({
      customers: hand.customers,
      conversions: hand.customers,
      customersLeftOutOfMoney: hand.customers - hand.counted,
      excludedCurrencies: hand.currencies,
    });
    expect(row.commissionsNet).toBeCloseTo(hand.commissions, 6);
    expect(row.realisedRevenue).toBeCloseTo(hand.revenue, 2);
    expect(row.retentionCost).toBeCloseTo(hand.retentionCost, 2);
    expect(row.crcPerAccountMonth).toBeCloseTo(hand.crcPerMonth, 9);
    expect(row.arpa).toBeCloseTo(hand.arpa, 9);
    expect(row.ltvSbg).toBeCloseTo(hand.arpa * lifetime, 6);
    expect(row.projectedLtvTotal).toBeCloseTo(hand.arpa * lifetime * hand.counted, 4);
    expect(row.projectedRetentionCost).toBeCloseTo(hand.crcPerMonth * lifetime * hand.counted, 4);
    const expected = roiOf(hand.arpa, lifetime, hand.crcPerMonth, hand.counted, hand.commissions);
    expect(row.roi).toBeCloseTo(expected, 9);
    expect(row.roi).toBeCloseTo(roi, 2);
    // The row's revenue and retention cost are in cents, and so is its realised ROI's.
    const cents = (x: number) => Math.round(x * 100) / 100;
    expect(row.realisedRoi).toBeCloseTo(
      (cents(hand.revenue) - hand.commissions - cents(hand.retentionCost)) / hand.commissions,
      9,
    );
    expect(row.realisedRoi).toBeCloseTo(realised, 2);
  });

  it('lists the currencies left out in the report, and leaves USD-only partners whole', () => {
    const report = readReport<PartnerReport>(db, 'affiliates');
    expect(report?.excludedCurrencies).toEqual(['EUR', 'GBP']);
    const ravenwood = partnerRow(db, 'part_9569k8frhgk8');
    expect(ravenwood).toMatchObject({ customersLeftOutOfMoney: 0, excludedCurrencies: [] });
    // Its commissions are all USD on USD customers: the full total.
    expect(ravenwood.commissionsNet).toBeCloseTo(
      one<number>(
        db,
        `SELECT total(amount) FROM commissions WHERE partner_id = 'part_9569k8frhgk8' AND status <> 'reversed'`,
      ),
      6,
    );
  });

  it('counts the same customers in every money figure of a channel', () => {
    const report = readReport<ChannelReport>(db, 'channels');
    expect(report?.excludedCurrencies).toEqual(['EUR', 'GBP']);
    const organic = report?.channels.find((c) => c.channel === 'Organic Search');
    const members = `SELECT * FROM account_metrics WHERE channel = 'Organic Search' AND paying = 1`;
    const counted = `${members} AND account_id NOT IN (${billedOutsideUsd})`;
    expect(organic?.customers).toBe(one<number>(db, `SELECT count(*) FROM (${members})`));
    expect(organic?.customersLeftOutOfMoney).toBe(
      one<number>(
        db,
        `SELECT count(*) FROM (${members}) WHERE account_id IN (${billedOutsideUsd})`,
      ),
    );
    expect(organic?.retentionCost).toBeCloseTo(
      one<number>(db, `SELECT total(retention_cost) FROM (${counted})`),
      2,
    );
    expect(organic?.realisedRevenue).toBeCloseTo(
      one<number>(
        db,
        `SELECT total(amount - refunded_amount) FROM payments
         WHERE account_id IN (SELECT account_id FROM (${counted}))
           AND status <> 'failed' AND amount > 0 AND paid_at < '2026-10-01'`,
      ),
      2,
    );
  });

  it('converts everything and leaves nobody out once every currency has a rate', () => {
    writeSetting(db, 'currency.rates', { EUR: 1.1, GBP: 1.25 });
    analyzeJob({ path: sample().workspace.path }, directContext(db));
    const report = readReport<PartnerReport>(db, 'affiliates');
    expect(report?.excludedCurrencies).toEqual([]);
    for (const row of [report?.baseline, ...(report?.partners ?? [])])
      expect(row).toMatchObject({ excludedCurrencies: [], customersLeftOutOfMoney: 0 });
    const channels = readReport<ChannelReport>(db, 'channels');
    expect(channels?.excludedCurrencies).toEqual([]);
    expect(channels?.allCustomers.customersLeftOutOfMoney).toBe(0);

    for (const id of ['part_g652ovut3gqc', 'part_3lazd14aht38']) {
      const row = partnerRow(db, id);
      const hand = byHand(id, { EUR: 1.1, GBP: 1.25 });
      const lifetime = row.expectedLifetimeMonths ?? NaN;
      expect(hand.counted).toBe(hand.customers);
      expect(row.commissionsNet).toBeCloseTo(hand.commissions, 6);
      expect(row.realisedRevenue).toBeCloseTo(hand.revenue, 2);
      expect(row.retentionCost).toBeCloseTo(hand.retentionCost, 2);
      expect(row.arpa).toBeCloseTo(hand.arpa, 9);
      expect(row.projectedLtvTotal).toBeCloseTo(hand.arpa * lifetime * hand.customers, 4);
      expect(row.roi).toBeCloseTo(
        roiOf(hand.arpa, lifetime, hand.crcPerMonth, hand.customers, hand.commissions),
        9,
      );
    }
  });
});

/**
 * HandCo (see hand-company.ts) with one more commission: 5,000 JPY to P1 on C4, a USD-billed
 * customer, with no JPY rate. C4's money is then not known, and P1's money figures cover C5 and
 * C6 only; its customers, churn and lifetime still count all three.
 */
describe('a customer with a commission in a currency without a rate (HandCo)', () => {
  const tempDir = useTempDir();

  function analysed(rates: Record<string, number> | null): { ws: Workspace; p1: PartnerRow } {
    const ws = openWorkspace(join(tempDir(), 'hand.sqlite'), { create: true });
    seedHandCompany(ws.db);
    insertRows(ws.db, 'commissions', [
      {
        commission_id: 'Y4',
        partner_id: 'P1',
        account_id: 'C4',
        amount: 5000,
        currency: 'JPY',
        status: 'paid',
        created_at: '2026-02-01',
      },
    ]);
    if (rates) writeSetting(ws.db, 'currency.rates', rates);
    analyzeJob({ path: ws.path }, directContext(ws.db));
    return { ws, p1: partnerRow(ws.db, 'P1') };
  }

  it('leaves that customer out of every money figure of its partner', () => {
    const { ws, p1 } = analysed(null);
    const lifetime = p1.expectedLifetimeMonths ?? NaN;
    expect(p1).toMatchObject({
      customers: 3,
      activeCustomers: 1,
      churnedCustomers: 2,
      customersLeftOutOfMoney: 1,
      excludedCurrencies: ['JPY'],
      // C5: 1,000 paid; C6: 100.
      realisedRevenue: 1100,
      // 1,160 less C4's 4 × 10 + 300; the reversed 40 is C5's and stays.
      commissionsNet: 820,
      commissionsReversed: 40,
      // C5 360, C6 50.
      retentionCost: 410,
      arpa: 200,
    });
    expect(p1.crcPerAccountMonth).toBeCloseTo((360 / 5 + 50) / 2, 9);
    expect(p1.projectedLtvTotal).toBeCloseTo(200 * lifetime * 2, 6);
    expect(p1.roi).toBeCloseTo(roiOf(200, lifetime, 61, 2, 820), 9);
    expect(p1.realisedRoi).toBeCloseTo((1100 - 820 - 410) / 820, 12);
    // C5 cumulates 200 − 40 − 72 a month after its 300 bounty: −212, −124, −36, 52, 140. C6 is at
    // 100 − 320 − 50 = −270 from its first month on and is observed four months, so month 5
    // averages C5 alone.
    expect(p1.paybackMonth).toBe(5);
    // The non-referred baseline is untouched.
    expect(readReport<PartnerReport>(ws.db, 'affiliates')?.baseline).toMatchObject({
      customersLeftOutOfMoney: 0,
      excludedCurrencies: [],
    });
    ws.close();
  });

  it('counts it again once the currency has a rate', () => {
    const { ws, p1 } = analysed({ JPY: 0.0065 });
    expect(p1).toMatchObject({
      customersLeftOutOfMoney: 0,
      excludedCurrencies: [],
      realisedRevenue: 1300,
      retentionCost: 670,
    });
    expect(p1.commissionsNet).toBeCloseTo(1160 + 5000 * 0.0065, 9);
    ws.close();
  });
});
