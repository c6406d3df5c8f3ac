import type Database from 'better-sqlite3';

type Row = Record<string, string | number | null>;

/** Inserts rows into a canonical table by column name; for small hand-made test workspaces. */
export function insertRows(db: Database.Database, table: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...columns.map((c) => row[c] ?? null));
  }
}

/**
 * A tiny company whose figures are easy to work out by hand:
 * - A1 active on Pro (100 USD), A2 churned 2026-05-31, A3 active on a yearly plan (50 EUR/month),
 *   A4 reactivated (churned 2025-12-31, back 2026-03-01 at 80 USD), A5 in trial only.
 * - One ticket for an unknown account (an orphan), one partner with two referrals (A1 and a lead).
 */
export function seedTinyCompany(db: Database.Database): void {
  insertRows(db, 'accounts', [
    {
      account_id: 'A1',
      name: 'Acme',
      industry: 'Retail',
      acquisition_channel: 'organic',
      signup_date: '2025-01-05',
    },
    {
      account_id: 'A2',
      name: 'Birch',
      industry: null,
      acquisition_channel: 'paid',
      signup_date: '2025-02-10',
    },
    {
      account_id: 'A3',
      name: 'Cedar',
      industry: 'Finance',
      acquisition_channel: 'partner',
      signup_date: '2025-03-15',
    },
    {
      account_id: 'A4',
      name: 'Dune',
      industry: 'Retail',
      acquisition_channel: 'organic',
      signup_date: '2025-04-20',
    },
    {
      account_id: 'A5',
      name: 'Elm',
      industry: 'Health',
      acquisition_channel: 'paid',
      signup_date: '2026-09-01',
    },
  ]);
  insertRows(db, 'subscriptions', [
    {
      subscription_id: 'S1',
      account_id: 'A1',
      plan: 'Pro',
      start_date: '2025-01-05',
      mrr: 100,
      currency: 'USD',
    },
    {
      subscription_id: 'S2',
      account_id: 'A2',
      plan: 'Basic',
      start_date: '2025-02-10',
      end_date: '2026-05-31',
      mrr: 40,
      currency: 'USD',
    },
    {
      subscription_id: 'S3',
      account_id: 'A3',
      plan: 'Pro',
      start_date: '2025-03-15',
      mrr: 50,
      currency: 'EUR',
      billing_interval: 'year',
    },
    {
      subscription_id: 'S4a',
      account_id: 'A4',
      plan: 'Basic',
      start_date: '2025-04-20',
      end_date: '2025-12-31',
      mrr: 40,
      currency: 'USD',
    },
    {
      subscription_id: 'S4b',
      account_id: 'A4',
      plan: 'Pro',
      start_date: '2026-03-01',
      mrr: 80,
      currency: 'USD',
    },
    {
      subscription_id: 'S5',
      account_id: 'A5',
      plan: 'Pro',
      start_date: '2026-09-01',
      mrr: 100,
      currency: 'USD',
      status: 'trialing',
    },
  ]);
  insertRows(db, 'tickets', [
    { ticket_id: 'T1', account_id: 'A1', created_at: '2026-09-30T10:00:00', priority: 'high' },
    { ticket_id: 'T2', account_id: 'ZZ', created_at: '2026-08-01T09:00:00', priority: null },
  ]);
  insertRows(db, 'partners', [{ partner_id: 'P1', name: 'Partner One', type: 'affiliate' }]);
  insertRows(db, 'referrals', [
    { referral_id: 'R1', partner_id: 'P1', account_id: 'A1', referred_at: '2024-12-20' },
    { referral_id: 'R2', partner_id: 'P1', account_id: null, referred_at: '2026-01-02' },
  ]);
}
