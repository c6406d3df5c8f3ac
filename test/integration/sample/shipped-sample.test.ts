import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sourceKinds } from '../../../src-shared/model/sources';
import { latestDataDate } from '../../../src-main/analysis/status/as-of';
import { importSampleExports } from '../../../src-main/import/sample/import-sample';
import { defaultSampleDir } from '../../../src-main/import/sample/sample-dir';
import { sampleFiles } from '../../../src-main/import/sample/sample-files';
import { plantedImperfections } from '../../../sample-generator/imperfections';
import { dataRevision } from '../../../src-main/store/settings';
import { useShippedSampleWorkspace } from './shipped-workspace';

type Row = Record<string, string>;
const dir = defaultSampleDir();
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;
const planted = plantedImperfections(3000);

describe('the shipped sample, imported as an analyst’s files are', () => {
  const shipped = useShippedSampleWorkspace();
  const db = () => shipped().workspace.db;
  const count = (sql: string, ...params: unknown[]) =>
    db()
      .prepare(sql)
      .pluck()
      .get(...params) as number;
  const tableCounts = () =>
    Object.fromEntries(sourceKinds.map((kind) => [kind, count(`SELECT count(*) FROM ${kind}`)]));

  it('loads every row of every file, and rejects none', () => {
    const { firstLoad } = shipped();
    expect(firstLoad.files.map((f) => f.file)).toEqual(sampleFiles.map((f) => f.file));
    for (const f of firstLoad.files) {
      const rows = csv(f.file).length;
      expect(f.rows, f.file).toBe(rows);
      expect(f.rejected, f.file).toBe(0);
      // The customer-success file enriches accounts the CRM file created; every other file inserts.
      if (f.file === 'churnzero-accounts.csv')
        expect([f.inserted, f.updated], f.file).toEqual([0, rows]);
      else expect([f.inserted, f.updated], f.file).toEqual([rows, 0]);
    }
    expect(tableCounts()).toEqual({
      accounts: csv('hubspot-companies.csv').length,
      contacts: csv('hubspot-contacts.csv').length,
      subscriptions: csv('stripe-subscriptions.csv').length,
      mrr_movements: 0,
      payments: csv('stripe-payments.csv').length,
      tickets: csv('zendesk-tickets.csv').length,
      surveys: csv('delighted-nps.csv').length + csv('typeform-csat.csv').length,
      usage: csv('product-usage.csv').length,
      partners: csv('partnerstack-partners.csv').length,
      referrals: csv('partnerstack-referrals.csv').length,
      commissions: csv('partnerstack-commissions.csv').length,
      cs_costs: csv('cs-costs.csv').length,
    });
    // MRR movements are derived from subscriptions by the analysis; the sample imports none.
    for (const kind of sourceKinds)
      if (kind !== 'mrr_movements')
        expect(count(`SELECT count(*) FROM ${kind}`), kind).toBeGreaterThan(0);
  });

  it('records one import run per file, with the file’s size and hash', () => {
    const runs = db().prepare('SELECT * FROM import_runs ORDER BY id').all() as Record<
      string,
      string | number | null
    >[];
    expect(runs).toHaveLength(sampleFiles.length);
    runs.forEach((run, i) => {
      const spec = sampleFiles[i];
      if (!spec) throw new Error('more runs than files');
      const path = join(dir, spec.file);
      expect(run).toMatchObject({
        kind: spec.kind,
        file_name: spec.file,
        file_size: statSync(path).size,
        file_hash: createHash('sha256').update(readFileSync(path)).digest('hex'),
        encoding: 'utf-8',
        delimiter: ',',
        // The preset of the tool that wrote the file, found from its headers.
        preset: expect.stringMatching(new RegExp(`^(${spec.file.split('-')[0]}|generic)-`)),
        status: 'completed',
        rows_read: shipped().firstLoad.files[i]?.rows,
        rows_rejected: 0,
      });
      expect(run.finished_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Number(run.duration_ms)).toBeGreaterThanOrEqual(0);
    });
  });

  it('stores dates, amounts, currencies, booleans and roles in canonical form', () => {
    const distinct = (sql: string) => db().prepare(sql).pluck().all();
    expect(distinct('SELECT DISTINCT currency FROM payments ORDER BY 1')).toEqual([
      'EUR',
      'GBP',
      'USD',
    ]);
    expect(distinct('SELECT DISTINCT role FROM contacts ORDER BY 1')).toEqual([
      null,
      'champion',
      'decision_maker',
      'influencer',
      'user',
    ]);
    expect(distinct('SELECT DISTINCT reference_consent FROM accounts ORDER BY 1')).toEqual([
      null,
      0,
      1,
    ]);
    expect(distinct('SELECT DISTINCT is_primary FROM contacts ORDER BY 1')).toEqual([0, 1]);
    expect(
      count(
        `SELECT count(*) FROM accounts WHERE signup_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT count(*) FROM payments WHERE paid_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT count(*) FROM usage WHERE period NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT count(*) FROM cs_costs WHERE period NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'`,
      ),
    ).toBe(0);

    // MRR is the monthly value of unit amount × quantity, whatever the billing interval.
    const yearly = csv('stripe-subscriptions.csv').find(
      (r) => r['Interval'] === 'year' && Number(r['Quantity']) > 3,
    );
    if (!yearly) throw new Error('the sample has no yearly per-seat subscription');
    const stored = db()
      .prepare(
        'SELECT mrr, currency, billing_interval, extra FROM subscriptions WHERE subscription_id = ?',
      )
      .get(yearly['id']) as {
      mrr: number;
      currency: string;
      billing_interval: string;
      extra: string;
    };
    expect(stored.mrr).toBeCloseTo((Number(yearly['Amount']) * Number(yearly['Quantity'])) / 12, 2);
    expect(stored.currency).toBe(yearly['Currency']?.toUpperCase());
    expect(stored.billing_interval).toBe('year');
    // Columns without a canonical home are kept, so nothing in the file is lost.
    expect(JSON.parse(stored.extra)).toMatchObject({
      'Customer ID': yearly['Customer ID'],
      Quantity: yearly['Quantity'],
    });
  });

  it('enriches accounts from the customer-success file without touching the CRM’s columns', () => {
    const cs = csv('churnzero-accounts.csv');
    expect(count('SELECT count(*) FROM accounts WHERE health_score IS NOT NULL')).toBe(cs.length);
    const row = cs.find((r) => r['CSM'] !== 'Digital Success Team');
    if (!row) throw new Error('no account with a named CSM');
    const crm = csv('hubspot-companies.csv').find(
      (r) => r['Account ID'] === row['Account External ID'],
    );
    const account = db()
      .prepare('SELECT * FROM accounts WHERE account_id = ?')
      .get(row['Account External ID']) as Record<string, string | number | null>;
    expect(account).toMatchObject({
      name: crm?.['Company name'],
      plan: crm?.['Plan'],
      csm_owner: row['CSM'],
      health_score: Number(row['ChurnScore']),
      primary_use_case: row['Use Case'],
    });
    expect(JSON.parse(String(account.extra))).toMatchObject({
      'Record ID': crm?.['Record ID'],
      Segment: row['Segment'],
    });
    // Trials that never paid are not in the customer-success tool.
    expect(
      count(
        `SELECT count(*) FROM accounts WHERE status = 'Trial cancelled' AND health_score IS NOT NULL`,
      ),
    ).toBe(0);
  });

  it('keeps the planted orphans and the contacts without a company', () => {
    expect(
      count(
        'SELECT count(*) FROM tickets t WHERE t.account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.account_id = t.account_id)',
      ),
    ).toBe(planted.orphanTickets);
    expect(count('SELECT count(*) FROM contacts WHERE account_id IS NULL')).toBe(
      planted.contactsWithoutAccount,
    );
    expect(count('SELECT count(*) FROM accounts WHERE industry IS NULL')).toBeGreaterThan(50);
    expect(
      count('SELECT count(*) FROM contacts WHERE role IS NULL AND account_id IS NOT NULL'),
    ).toBeGreaterThan(300);
  });

  it('resolves NPS answers to accounts through the contacts’ e-mail, whatever its case', () => {
    const nps = csv('delighted-nps.csv');
    expect(count(`SELECT count(*) FROM surveys WHERE type = 'NPS' AND account_id IS NULL`)).toBe(
      planted.unknownNpsEmails,
    );
    expect(
      count(`SELECT count(*) FROM surveys WHERE type = 'NPS' AND account_id IS NOT NULL`),
    ).toBe(nps.length - planted.unknownNpsEmails);
    const mismatched = count(
      `SELECT count(*) FROM surveys s JOIN contacts c ON c.email = s.contact_email WHERE s.type = 'NPS' AND c.account_id IS NOT s.account_id`,
    );
    expect(mismatched).toBe(0);
    const capitalised = nps.filter((r) => /[A-Z]/.test(r['Email'] ?? ''));
    expect(capitalised.length).toBeGreaterThan(10);
    for (const r of capitalised) {
      const account = db()
        .prepare('SELECT account_id FROM surveys WHERE response_id = ?')
        .pluck()
        .get(r['Response ID']);
      expect(account, r['Email']).not.toBeNull();
    }
    expect(count(`SELECT count(*) FROM surveys WHERE type = 'CSAT' AND account_id IS NULL`)).toBe(
      0,
    );
  });

  it('ends on the fixed as-of date, whenever the tests run', () => {
    expect(latestDataDate(db(), '2099-12-31')).toBe('2026-09-30');
  });

  it('changes nothing when loaded a second time', () => {
    const before = tableCounts();
    const revision = dataRevision(db());
    const snapshot = db()
      .prepare(
        'SELECT account_id, health_score, primary_use_case, extra, import_run_id FROM accounts ORDER BY account_id',
      )
      .all();
    const again = importSampleExports(db(), dir);
    expect(again.inserted).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.rejected).toBe(0);
    expect(again.unchanged).toBe(shipped().firstLoad.files.reduce((sum, f) => sum + f.rows, 0));
    expect(tableCounts()).toEqual(before);
    expect(dataRevision(db())).toBe(revision);
    expect(
      db()
        .prepare(
          'SELECT account_id, health_score, primary_use_case, extra, import_run_id FROM accounts ORDER BY account_id',
        )
        .all(),
    ).toEqual(snapshot);
    expect(count('SELECT count(*) FROM import_runs')).toBe(2 * sampleFiles.length);
    expect(
      count('SELECT sum(rows_unchanged) FROM import_runs WHERE id > ?', sampleFiles.length),
    ).toBe(again.unchanged);
  });
});
