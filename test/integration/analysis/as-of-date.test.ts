import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestDataDate } from '../../../src-main/analysis/status/as-of';
import { openWorkspace } from '../../../src-main/store/workspace';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

describe('the default as-of date', () => {
  const tempDir = useTempDir();

  it('is the latest day anything happened, read across every metric of the usage data', () => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    const db = ws.db;
    expect(latestDataDate(db, '2026-12-31')).toBeNull();
    insertRows(db, 'accounts', [{ account_id: 'A1', signup_date: '2025-01-10' }]);
    insertRows(db, 'payments', [
      { payment_id: 'P1', account_id: 'A1', paid_at: '2026-04-02T10:00:00Z', amount: 10 },
    ]);
    expect(latestDataDate(db, '2026-12-31')).toBe('2026-04-02');
    insertRows(db, 'usage', [
      { account_id: 'A1', period: '2026-03', metric: 'active_users', value: 4 },
      { account_id: 'A1', period: '2026-05-15T08:30:00', metric: 'exports', value: 1 },
      { account_id: 'A1', period: '2026-01', metric: 'zebra', value: 1 },
    ]);
    // The latest usage period is under a metric that is neither the first nor the last.
    expect(latestDataDate(db, '2026-12-31')).toBe('2026-05-15');
    // A subscription that starts later is a plan, not an event: it does not move the date.
    insertRows(db, 'subscriptions', [
      { subscription_id: 'S1', account_id: 'A1', start_date: '2026-08-01', mrr: 10 },
    ]);
    expect(latestDataDate(db, '2026-12-31')).toBe('2026-05-15');
    // Never later than today.
    expect(latestDataDate(db, '2026-05-01')).toBe('2026-05-01');
    ws.close();
  });
});
