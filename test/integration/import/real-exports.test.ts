import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import type { ImportFileResult } from '../../../src-shared/model/import';
import { useTempDir } from '../../helpers/temp-dir';
import { count, importAll, importOne, ravenstack, telco } from './support';

describe('RavenStack, imported as an analyst would', () => {
  const tempDir = useTempDir();
  let ws: Workspace;
  const results = new Map<string, ImportFileResult>();
  beforeAll(() => {
    ws = openWorkspace(join(tempDir(), 'ravenstack.sqlite'), { create: true });
    // Given in an unhelpful order: the engine imports accounts first and usage after subscriptions.
    const outcomes = importAll(ws.db, [
      ravenstack('feature_usage'),
      ravenstack('support_tickets'),
      ravenstack('churn_events'),
      ravenstack('subscriptions'),
      ravenstack('accounts'),
    ]);
    for (const o of outcomes) {
      if (!o.ok) throw new Error(o.failure.message);
      results.set(o.result.fileName.replace(/^ravenstack_|\.csv$/g, ''), o.result);
    }
  });
  afterAll(() => ws.close());
  const db = () => ws.db;

  it('reads every file with the right kind, encoding and delimiter, and rejects nothing', () => {
    const summary = Object.fromEntries(
      [...results].map(([name, r]) => [
        name,
        [r.kind, r.encoding, r.delimiter, r.rowsRead, r.rejected],
      ]),
    );
    expect(summary).toEqual({
      accounts: ['accounts', 'utf-8', ',', 500, 0],
      churn_events: ['churn_events', 'utf-8', ',', 600, 0],
      subscriptions: ['subscriptions', 'utf-8', ',', 5000, 0],
      support_tickets: ['tickets', 'utf-8', ',', 2000, 0],
      feature_usage: ['usage', 'utf-8', ',', 25000, 0],
    });
    expect([...results.keys()]).toEqual([
      'accounts',
      'churn_events',
      'subscriptions',
      'support_tickets',
      'feature_usage',
    ]);
  });

  it('lands the counts in the canonical tables', () => {
    expect(count(db(), 'SELECT count(*) FROM accounts')).toBe(500);
    expect(count(db(), 'SELECT count(*) FROM subscriptions')).toBe(5000);
    expect(count(db(), 'SELECT count(*) FROM tickets')).toBe(2000);
    // 25,000 usage rows; 19 repeat an account, day and feature (two subscriptions of one account) and are added up.
    expect(results.get('feature_usage')).toMatchObject({ inserted: 24981, merged: 19 });
    expect(count(db(), 'SELECT count(*) FROM usage')).toBe(24981);
    expect(count(db(), 'SELECT total(value) FROM usage')).toBe(
      count(db(), 'SELECT 0') + sumOfColumn(ravenstack('feature_usage'), 'usage_count'),
    );
  });

  it('turns the churn flag into a status and the churn events into churn dates, keeping the latest', () => {
    expect(count(db(), "SELECT count(*) FROM accounts WHERE status = 'churned'")).toBe(110);
    expect(count(db(), "SELECT count(*) FROM accounts WHERE status = 'active'")).toBe(390);
    // 600 events for 352 accounts: 248 repeat an account, and the latest date is kept.
    expect(results.get('churn_events')).toMatchObject({ inserted: 0, updated: 352, merged: 248 });
    expect(count(db(), 'SELECT count(*) FROM accounts WHERE churn_date IS NOT NULL')).toBe(352);
    const latest = new Map<string, string>();
    for (const line of readFileSyncLines(ravenstack('churn_events')).slice(1).filter(Boolean)) {
      const [, account = '', date = ''] = line.split(',');
      const [m, d, y] = date.split('/');
      const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
      if ((latest.get(account) ?? '') < iso) latest.set(account, iso);
    }
    const stored = db()
      .prepare('SELECT account_id, churn_date FROM accounts WHERE churn_date IS NOT NULL')
      .raw()
      .all() as [string, string][];
    expect(new Map(stored)).toEqual(latest);
  });

  it('reads the Excel dialect: M/D/YYYY dates, M/D/YYYY H:MM timestamps, TRUE/FALSE', () => {
    expect(
      db().prepare("SELECT signup_date FROM accounts WHERE account_id = 'A-2e4581'").pluck().get(),
    ).toBe('2024-10-16');
    expect(
      db()
        .prepare(
          "SELECT created_at, solved_at, priority, satisfaction FROM tickets WHERE ticket_id = 'T-0024de'",
        )
        .get(),
    ).toEqual({
      created_at: '2023-07-27T00:00:00',
      solved_at: '2023-07-28T03:00:00',
      priority: 'high',
      satisfaction: null,
    });
    expect(count(db(), 'SELECT count(*) FROM tickets WHERE satisfaction IS NULL')).toBe(825);
  });

  it('finds the account of usage keyed by subscription, and records upgrades and downgrades as movements', () => {
    expect(
      count(
        db(),
        `SELECT count(*) FROM usage u WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.account_id = u.account_id)`,
      ),
    ).toBe(0);
    expect(
      db()
        .prepare(
          "SELECT account_id FROM usage WHERE json_extract(extra, '$.usage_id') = 'U-1c6c24'",
        )
        .pluck()
        .get(),
    ).toBe(
      db()
        .prepare("SELECT account_id FROM subscriptions WHERE subscription_id = 'S-0fcf7d'")
        .pluck()
        .get(),
    );
    const flags = db()
      .prepare(
        `SELECT count(DISTINCT account_id || start_date || 'u') FROM subscriptions WHERE json_extract(extra, '$.upgrade_flag') = 'True'`,
      )
      .pluck()
      .get() as number;
    expect(count(db(), "SELECT count(*) FROM mrr_movements WHERE type = 'expansion'")).toBe(flags);
    expect(results.get('subscriptions')?.derived.mrr_movements?.inserted).toBe(
      count(db(), 'SELECT count(*) FROM mrr_movements'),
    );
  });

  it('keeps every unmapped column in extra', () => {
    const extra = JSON.parse(
      db()
        .prepare("SELECT extra FROM subscriptions WHERE subscription_id = 'S-8cec59'")
        .pluck()
        .get() as string,
    ) as unknown;
    expect(extra).toMatchObject({ seats: '14', arr_amount: '33432', auto_renew_flag: 'True' });
  });

  it('changes nothing when the same files are imported again', () => {
    const again = importAll(db(), [
      ravenstack('accounts'),
      ravenstack('subscriptions'),
      ravenstack('feature_usage'),
      ravenstack('churn_events'),
    ]);
    for (const o of again) {
      if (!o.ok) throw new Error(o.failure.message);
      expect([o.result.fileName, o.result.inserted, o.result.updated], o.result.fileName).toEqual([
        o.result.fileName,
        0,
        0,
      ]);
    }
    expect(count(db(), 'SELECT count(*) FROM usage')).toBe(24981);
  });
});

describe('the two RavenStack subscription copies', () => {
  const tempDir = useTempDir();

  it('give the same typed rows, one in ISO dates and True/False, the other as re-saved by Excel', () => {
    const read = (file: string) => {
      const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
      try {
        const result = importOne(ws.db, file);
        const rows = ws.db
          .prepare(
            `SELECT subscription_id, account_id, plan, start_date, end_date, mrr, billing_interval, status FROM subscriptions ORDER BY 1`,
          )
          .raw()
          .all();
        const movements = ws.db
          .prepare(
            'SELECT account_id, date, type, mrr_delta, currency, plan_from, plan_to FROM mrr_movements ORDER BY 1, 2, 3',
          )
          .raw()
          .all();
        return { result, rows, movements };
      } finally {
        ws.close();
      }
    };
    const iso = read(ravenstack('subscriptions'));
    const excel = read(ravenstack('subscriptions_excel'));
    expect(iso.result.rowsRead).toBe(5000);
    expect(excel.result.rejected).toBe(0);
    expect(excel.rows).toEqual(iso.rows);
    expect(excel.movements).toEqual(iso.movements);
    expect(iso.movements.length).toBeGreaterThan(700);
    expect(excel.result.notes.map((n) => n.message)).toContain(
      'ravenstack_subscriptions_excel.csv: "start_date" is read as month/day/year.',
    );
  });
});

describe('IBM Telco churn', () => {
  const tempDir = useTempDir();

  it('becomes accounts with a churn status, a signup date from the tenure and a subscription from the monthly charge', () => {
    const ws = openWorkspace(join(tempDir(), 'telco.sqlite'), { create: true });
    try {
      const result = importOne(ws.db, telco, { snapshotDate: '2025-01-31' });
      expect(result).toMatchObject({
        kind: 'accounts',
        rowsRead: 7043,
        inserted: 7043,
        rejected: 0,
        encoding: 'utf-8',
        delimiter: ',',
      });
      expect(result.derived.subscriptions).toEqual({ inserted: 7043, updated: 0, unchanged: 0 });
      expect(count(ws.db, "SELECT count(*) FROM accounts WHERE status = 'churned'")).toBe(1869);
      expect(
        count(
          ws.db,
          "SELECT count(*) FROM subscriptions WHERE status = 'canceled' AND end_date = '2025-01-31'",
        ),
      ).toBe(1869);
      // TotalCharges is a single space for the 11 customers with tenure 0: blank, never a rejection.
      expect(
        count(
          ws.db,
          "SELECT count(*) FROM accounts WHERE json_extract(extra, '$.TotalCharges') IS NULL",
        ),
      ).toBe(11);
      expect(count(ws.db, "SELECT count(*) FROM accounts WHERE signup_date = '2025-01-31'")).toBe(
        11,
      );
      expect(
        ws.db
          .prepare("SELECT signup_date FROM accounts WHERE account_id = '5575-GNVDE'")
          .pluck()
          .get(),
      ).toBe('2022-03-31');
      expect(
        ws.db
          .prepare(
            "SELECT mrr, billing_interval FROM subscriptions WHERE account_id = '5575-GNVDE'",
          )
          .get(),
      ).toEqual({
        mrr: 56.95,
        billing_interval: 'year',
      });
      // The snapshot date is saved with the mapping, so importing again changes nothing.
      const again = importOne(ws.db, telco);
      expect([again.unchanged, again.derived.subscriptions?.unchanged]).toEqual([7043, 7043]);
    } finally {
      ws.close();
    }
  });
});

function sumOfColumn(path: string, column: string): number {
  const [header, ...lines] = readFileSyncLines(path);
  const at = (header ?? '').split(',').indexOf(column);
  return lines.filter(Boolean).reduce((sum, line) => sum + Number(line.split(',')[at]), 0);
}

function readFileSyncLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}
