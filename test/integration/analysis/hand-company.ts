import type Database from 'better-sqlite3';
import { bumpDataRevision } from '../../../src-main/store/settings';
import { insertRows } from '../../helpers/seed-workspace';

type Row = Record<string, string | number | null>;

/** The first of each month from `from` to `to` inclusive ('YYYY-MM-DD' on day 1). */
function monthStarts(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const day = from.slice(8, 10);
  for (;;) {
    const date = `${y}-${String(m).padStart(2, '0')}-${day}`;
    if (date > to) break;
    out.push(date);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const accounts: Row[] = [
  {
    account_id: 'C1',
    name: 'Alder',
    acquisition_channel: 'Organic',
    industry: 'Retail',
    signup_date: '2025-06-20',
    health_score: 80,
    reference_consent: 1,
    primary_use_case: 'Reporting',
  },
  {
    account_id: 'C2',
    name: 'Birch',
    acquisition_channel: 'Organic',
    industry: 'Retail',
    signup_date: '2025-06-25',
    health_score: 30,
  },
  {
    account_id: 'C3',
    name: 'Cedar',
    acquisition_channel: 'Paid',
    industry: 'Finance',
    signup_date: '2025-09-20',
    health_score: 40,
  },
  {
    account_id: 'C4',
    name: 'Dune',
    acquisition_channel: 'Paid',
    industry: 'Finance',
    signup_date: '2025-12-20',
    health_score: 20,
  },
  {
    account_id: 'C5',
    name: 'Elm',
    acquisition_channel: 'Paid',
    industry: 'Retail',
    signup_date: '2026-01-15',
    health_score: 60,
  },
  {
    account_id: 'C6',
    name: 'Fir',
    acquisition_channel: 'Paid',
    industry: 'Retail',
    signup_date: '2026-02-20',
  },
  {
    account_id: 'C7',
    name: 'Gum',
    acquisition_channel: 'Organic',
    industry: 'Retail',
    signup_date: '2026-06-01',
  },
  {
    account_id: 'P0',
    name: 'Hazel',
    acquisition_channel: 'Paid',
    industry: 'Retail',
    signup_date: '2026-05-01',
  },
];

const subscriptions: Row[] = [
  {
    subscription_id: 'S1',
    account_id: 'C1',
    plan: 'Pro',
    start_date: '2025-07-01',
    end_date: null,
    mrr: 100,
  },
  {
    subscription_id: 'S2',
    account_id: 'C2',
    plan: 'Pro',
    start_date: '2025-07-01',
    end_date: '2026-03-15',
    mrr: 100,
  },
  {
    subscription_id: 'S3a',
    account_id: 'C3',
    plan: 'Pro',
    start_date: '2025-10-01',
    end_date: '2026-01-01',
    mrr: 150,
  },
  {
    subscription_id: 'S3b',
    account_id: 'C3',
    plan: 'Pro',
    start_date: '2026-01-01',
    end_date: null,
    mrr: 200,
  },
  {
    subscription_id: 'S4',
    account_id: 'C4',
    plan: 'Pro',
    start_date: '2026-01-01',
    end_date: '2026-04-10',
    mrr: 50,
  },
  {
    subscription_id: 'S5',
    account_id: 'C5',
    plan: 'Pro',
    start_date: '2026-02-01',
    end_date: null,
    mrr: 200,
  },
  {
    subscription_id: 'S6',
    account_id: 'C6',
    plan: 'Pro',
    start_date: '2026-03-01',
    end_date: '2026-03-20',
    mrr: 100,
  },
  {
    subscription_id: 'S7',
    account_id: 'C7',
    plan: 'Pro',
    start_date: '2026-06-10',
    end_date: null,
    mrr: 100,
  },
  // Cancelled during the trial: it ends before its first paid day and never ran.
  {
    subscription_id: 'S8',
    account_id: 'P0',
    plan: 'Pro',
    start_date: '2026-05-15',
    end_date: '2026-05-10',
    mrr: 100,
  },
].map((s) => ({ ...s, currency: 'USD' }));

/** One payment per month on the start day while the subscription runs. */
function payments(): Row[] {
  const rows: Row[] = [];
  const add = (account: string, from: string, to: string, amount: number) =>
    monthStarts(from, to).forEach((paid) =>
      rows.push({
        payment_id: `${account}-${paid}`,
        account_id: account,
        paid_at: paid,
        amount,
        currency: 'USD',
        refunded_amount: 0,
        status: 'paid',
      }),
    );
  add('C1', '2025-07-01', '2026-06-30', 100);
  add('C2', '2025-07-01', '2026-03-14', 100);
  add('C3', '2025-10-01', '2025-12-31', 150);
  add('C3', '2026-01-01', '2026-06-30', 200);
  add('C4', '2026-01-01', '2026-04-09', 50);
  add('C5', '2026-02-01', '2026-06-30', 200);
  add('C6', '2026-03-01', '2026-03-19', 100);
  add('C7', '2026-06-10', '2026-06-30', 100);
  const refunded = rows.find((r) => r.payment_id === 'C1-2026-01-01');
  if (refunded) refunded.refunded_amount = 50;
  return rows;
}

const surveys: Row[] = [
  { response_id: 'N1a', account_id: 'C1', responded_at: '2025-12-01', type: 'NPS', score: 7 },
  { response_id: 'N1b', account_id: 'C1', responded_at: '2026-06-01', type: 'NPS', score: 10 },
  { response_id: 'N2', account_id: 'C2', responded_at: '2026-02-01', type: 'NPS', score: 8 },
  { response_id: 'N3', account_id: 'C3', responded_at: '2026-05-01', type: 'NPS', score: 6 },
  { response_id: 'N5', account_id: 'C5', responded_at: '2026-04-01', type: 'NPS', score: 9 },
];

const tickets: Row[] = [
  { ticket_id: 'T1', account_id: 'C3', created_at: '2026-04-05T09:00:00', priority: 'high' },
  { ticket_id: 'T2', account_id: 'C3', created_at: '2026-05-05T09:00:00', priority: 'normal' },
  { ticket_id: 'T3', account_id: 'C3', created_at: '2026-06-30T09:00:00', priority: 'urgent' },
];

const contacts: Row[] = [
  {
    contact_id: 'K1',
    account_id: 'C1',
    name: 'Ann Alder',
    email: 'ann@alder.test',
    role: 'champion',
    is_primary: 1,
  },
  {
    contact_id: 'K5',
    account_id: 'C5',
    name: 'Eve Elm',
    email: 'eve@elm.test',
    role: 'user',
    is_primary: 1,
  },
];

function commissions(): Row[] {
  const rows: Row[] = [];
  const add = (id: string, account: string, at: string, amount: number, status = 'paid') =>
    rows.push({
      commission_id: id,
      partner_id: 'P1',
      account_id: account,
      amount,
      currency: 'USD',
      status,
      created_at: at,
    });
  monthStarts('2026-01-01', '2026-04-01').forEach((at, k) => add(`M4-${k}`, 'C4', at, 10));
  monthStarts('2026-02-01', '2026-06-01').forEach((at, k) => add(`M5-${k}`, 'C5', at, 40));
  add('M5-rev', 'C5', '2026-03-01', 40, 'reversed');
  add('M6', 'C6', '2026-03-01', 20);
  add('B4', 'C4', '2026-01-01', 300);
  add('B5', 'C5', '2026-02-01', 300);
  add('B6', 'C6', '2026-03-01', 300);
  return rows;
}

const tables: [string, () => Row[]][] = [
  ['accounts', () => accounts],
  ['subscriptions', () => subscriptions],
  ['payments', payments],
  ['surveys', () => surveys],
  ['tickets', () => tickets],
  ['contacts', () => contacts],
  ['partners', () => [{ partner_id: 'P1', name: 'Partner One', type: 'affiliate' }]],
  [
    'referrals',
    () => [
      { referral_id: 'R4', partner_id: 'P1', account_id: 'C4', referred_at: '2025-12-20' },
      { referral_id: 'R5', partner_id: 'P1', account_id: 'C5', referred_at: '2026-01-15' },
      { referral_id: 'R6', partner_id: 'P1', account_id: 'C6', referred_at: '2026-02-20' },
      { referral_id: 'R8', partner_id: 'P1', account_id: null, referred_at: '2026-03-01' },
      { referral_id: 'R9', partner_id: 'P1', account_id: null, referred_at: '2026-04-01' },
    ],
  ],
  ['commissions', commissions],
  [
    'cs_costs',
    () =>
      monthStarts('2026-01-01', '2026-06-01').map((m) => ({
        period: m.slice(0, 7),
        scope: 'all',
        amount: 300,
        currency: 'USD',
      })),
  ],
];

export interface SeedOptions {
  /** Insert every table's rows in reverse order: results must not change. */
  reversed?: boolean;
  /** Leave a table out (e.g. payments, to see revenue estimated). */
  without?: readonly string[];
}

/**
 * "HandCo": seven customers and one cancelled trial whose figures are worked out by hand in the
 * tests. As of 2026-06-30 (the last ticket): C1, C3, C5, C7 active; C2 churned 2026-03-15, C4
 * 2026-04-10, C6 2026-03-20 (within its first month); P0 never paid. Partner P1 referred C4, C5
 * and C6 and two leads.
 */
export function seedHandCompany(db: Database.Database, options: SeedOptions = {}): void {
  db.transaction(() => {
    for (const [table, rows] of tables) {
      if (options.without?.includes(table)) continue;
      const list = rows();
      insertRows(db, table, options.reversed ? [...list].reverse() : list);
    }
    bumpDataRevision(db);
  })();
}
