import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultSampleDir } from '../../../src-main/import/sample/sample-dir';
import { sampleFiles } from '../../../src-main/import/sample/sample-files';
import { generateSampleExports, type SampleSummary } from '../../../sample-generator/generate';
import { useTempDir } from '../../helpers/temp-dir';

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const hashes = (dir: string) =>
  Object.fromEntries(sampleFiles.map(({ file }) => [file, hashOf(join(dir, file))]));
const headerOf = (dir: string, file: string) =>
  (readFileSync(join(dir, file), 'utf8').split(/\r?\n/, 1)[0] ?? '').split(',');

function column(dir: string, file: string, name: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => row[name] ?? '');
}

describe('sample generator', () => {
  const tempDir = useTempDir();

  it('writes byte-identical files for the same seed and size, and different ones for another seed', () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    generateSampleExports({ accounts: 400, seed: 99, outDir: a });
    generateSampleExports({ accounts: 400, seed: 99, outDir: b });
    generateSampleExports({ accounts: 400, seed: 100, outDir: c });
    expect(hashes(b)).toEqual(hashes(a));
    const other = hashes(c);
    for (const [file, hash] of Object.entries(hashes(a))) {
      if (file === 'cs-costs.csv') continue; // a monthly total can coincide by chance
      expect(other[file], file).not.toBe(hash);
    }
  });

  it('ships exactly what the documented command produces', () => {
    const dir = tempDir();
    generateSampleExports({ accounts: 3000, seed: 20261122, outDir: dir });
    expect(hashes(defaultSampleDir())).toEqual(hashes(dir));
    const shipped = readdirSync(defaultSampleDir()).filter((f) => f.endsWith('.csv'));
    expect(shipped.sort()).toEqual(sampleFiles.map((f) => f.file).sort());
    // The sample ships inside the application: keep the folder small.
    const bytes = readdirSync(defaultSampleDir()).reduce(
      (sum, f) => sum + statSync(join(defaultSampleDir(), f)).size,
      0,
    );
    expect(bytes).toBeLessThan(12_000_000);
  });

  it('writes the headers of the tools it imitates, with one shared account key', () => {
    const dir = defaultSampleDir();
    const header = (file: string) => headerOf(dir, file);
    expect(header('hubspot-companies.csv')).toEqual(
      expect.arrayContaining([
        'Record ID',
        'Company name',
        'Company Domain Name',
        'Industry',
        'Country/Region',
        'Number of Employees',
        'Original Source Type',
        'Create Date',
        'Account ID',
      ]),
    );
    expect(header('hubspot-contacts.csv')).toEqual(
      expect.arrayContaining([
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Job Title',
        'Buying Role',
        'Account ID',
      ]),
    );
    expect(header('stripe-subscriptions.csv')).toEqual(
      expect.arrayContaining([
        'id',
        'Customer ID',
        'Created (UTC)',
        'Amount',
        'Currency',
        'Status',
        'Interval',
        'Quantity',
        'Canceled At (UTC)',
        'account_id (metadata)',
      ]),
    );
    expect(header('stripe-payments.csv')).toEqual(
      expect.arrayContaining([
        'id',
        'Created (UTC)',
        'Amount',
        'Amount Refunded',
        'Currency',
        'Status',
        'account_id (metadata)',
      ]),
    );
    expect(header('zendesk-tickets.csv')).toEqual(
      expect.arrayContaining([
        'Id',
        'Created at',
        'Solved at',
        'Priority',
        'Status',
        'Type',
        'Satisfaction Score',
        'Account ID',
      ]),
    );
    expect(header('delighted-nps.csv')).toEqual(
      expect.arrayContaining(['Response ID', 'Email', 'Score', 'Comment', 'Response Timestamp']),
    );
    expect(header('product-usage.csv')).toEqual(['account_id', 'month', 'metric', 'value']);

    const channels = new Set(column(dir, 'hubspot-companies.csv', 'Original Source Type'));
    expect([...channels].sort()).toEqual([
      'Direct Traffic',
      'Email Marketing',
      'Offline Sources',
      'Organic Search',
      'Other Campaigns',
      'Paid Search',
      'Paid Social',
      'Referrals',
      'Social Media',
    ]);
    expect(new Set(column(dir, 'stripe-payments.csv', 'Currency'))).toEqual(
      new Set(['usd', 'eur', 'gbp']),
    );
    const roles = new Set(
      column(dir, 'hubspot-contacts.csv', 'Buying Role').flatMap((r) => r.split(';')),
    );
    expect(roles).toEqual(
      new Set([
        '',
        'Champion',
        'Decision Maker',
        'Executive Sponsor',
        'Budget Holder',
        'Influencer',
        'End User',
        'Legal and Compliance',
        'Blocker',
      ]),
    );
    expect(new Set(column(dir, 'partnerstack-commissions.csv', 'Status'))).toEqual(
      new Set(['pending', 'approved', 'paid', 'reversed']),
    );
    expect(new Set(column(dir, 'product-usage.csv', 'metric'))).toEqual(
      new Set([
        'active_users',
        'events',
        'integration_syncs',
        'shared_dashboards',
        'scheduled_reports',
        'alerts',
        'api_calls',
      ]),
    );

    // Every account-level file speaks of the accounts in the CRM, through the same key.
    const crm = new Set(column(dir, 'hubspot-companies.csv', 'Account ID'));
    for (const [file, key] of [
      ['churnzero-accounts.csv', 'Account External ID'],
      ['stripe-subscriptions.csv', 'account_id (metadata)'],
      ['stripe-payments.csv', 'account_id (metadata)'],
      ['typeform-csat.csv', 'account_id'],
      ['product-usage.csv', 'account_id'],
      ['partnerstack-commissions.csv', 'Customer Key'],
    ] as const) {
      const unknown = column(dir, file, key).filter((id) => !crm.has(id));
      expect(unknown, file).toEqual([]);
    }
  });

  it('scales linearly: 20,000 accounts give four times the rows of 5,000', () => {
    const small = generateSampleExports({ accounts: 5_000, seed: 5, outDir: tempDir() });
    const bigDir = tempDir();
    const big: SampleSummary = generateSampleExports({ accounts: 20_000, seed: 5, outDir: bigDir });
    for (const { file } of sampleFiles) {
      const ratio = big.rowCounts[file] / small.rowCounts[file];
      if (file === 'cs-costs.csv')
        expect(ratio, file).toBe(1); // one row a month, whatever the size
      else if (file === 'partnerstack-partners.csv') expect(ratio, file).toBeGreaterThan(1.5);
      else {
        expect(ratio, file).toBeGreaterThan(3.6);
        expect(ratio, file).toBeLessThan(4.4);
      }
    }
    expect(big.rowCounts['hubspot-companies.csv']).toBe(20_000);
    // Domains, and with them contact e-mails, are unique, so an e-mail names one account.
    const domains = column(bigDir, 'hubspot-companies.csv', 'Company Domain Name');
    expect(new Set(domains).size).toBe(domains.length);
    const emails = column(bigDir, 'hubspot-contacts.csv', 'Email');
    expect(new Set(emails).size).toBe(emails.length);
    const ids = [
      ...column(bigDir, 'stripe-payments.csv', 'id'),
      ...column(bigDir, 'stripe-subscriptions.csv', 'id'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses sizes and seeds it cannot honour', () => {
    expect(() => generateSampleExports({ accounts: 0, seed: 1, outDir: tempDir() })).toThrow(
      RangeError,
    );
    expect(() => generateSampleExports({ accounts: 10, seed: -1, outDir: tempDir() })).toThrow(
      RangeError,
    );
  });
});
