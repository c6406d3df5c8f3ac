import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { dayOf } from '../../../src-shared/calendar/days';
import { readUsageFacts } from '../../../src-main/analysis/load/usage-facts';
import { readAccountMetrics } from '../../../src-main/analysis/results/account-reader';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

const AS_OF = '2026-06-30';

/**
 * Usage exports date some rows before the account's signup. As of 2026-06-30 the recent window is
 * April–June 2026 and the previous one January–March; only the months from the account's start
 * month on count, in the sums as in the months they are divided by.
 */
const accounts = [
  // Starts in May: April's 14 is before it. May's row is dated before the signup day but in the
  // start month, and counts. Level (10 + 20) ÷ 2 = 15 (it was 44 ÷ 2 = 22).
  { account_id: 'U1', signup_date: '2026-05-07' },
  // Starts in February: January's 30 is before it. Previous level (10 + 20) ÷ 2 = 15 (it was
  // 60 ÷ 2 = 30), level 30, trend +100% (it was 0).
  { account_id: 'U2', signup_date: '2026-02-10' },
  // An old customer: every month counts. Level 5, trend 0.
  { account_id: 'U3', signup_date: '2025-01-01' },
  // Starts in June with usage only in April, before it: seen, but level 0 (it was 9).
  { account_id: 'U4', signup_date: '2026-06-15' },
];

const usage = [
  ['U1', '2026-03-10', 7],
  ['U1', '2026-04-20', 14],
  ['U1', '2026-05-03', 10],
  ['U1', '2026-06-01', 20],
  ['U2', '2026-01', 30],
  ['U2', '2026-02', 10],
  ['U2', '2026-03', 20],
  ['U2', '2026-04', 30],
  ['U2', '2026-05', 30],
  ['U2', '2026-06', 30],
  ...['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map(
    (period) => ['U3', period, 5] as const,
  ),
  ['U4', '2026-04', 9],
] as const;

describe('usage level and trend leave out usage dated before the account started', () => {
  const tempDir = useTempDir();

  function workspace(): Workspace {
    const ws = openWorkspace(join(tempDir(), 'usage.sqlite'), { create: true });
    insertRows(ws.db, 'accounts', accounts);
    insertRows(
      ws.db,
      'usage',
      usage.map(([account_id, period, value]) => ({
        account_id,
        period,
        metric: 'active_users',
        value,
      })),
    );
    return ws;
  }

  const expected = {
    U1: { level: 15, trend: null },
    U2: { level: 30, trend: 1 },
    U3: { level: 5, trend: 0 },
    U4: { level: 0, trend: null },
  } as const;

  it('sums the months from the start month on, from one SQL read', () => {
    const ws = workspace();
    const ids = accounts.map((a) => a.account_id);
    const startDay = Int32Array.from(accounts, (a) => dayOf(a.signup_date));
    const facts = readUsageFacts(ws.db, ids, AS_OF, startDay, null, false);
    expect(facts.metric).toBe('active_users');
    ids.forEach((id, i) => {
      const want = expected[id as keyof typeof expected];
      expect([id, facts.level[i]]).toEqual([id, want.level]);
      expect([id, facts.trend[i]]).toEqual([id, want.trend ?? NaN]);
    });
    ws.close();
  });

  it('stores the same level and trend for each account in a full analysis', () => {
    const ws = workspace();
    analyzeJob({ path: ws.path, asOf: AS_OF }, directContext(ws.db));
    for (const [id, want] of Object.entries(expected)) {
      const m = readAccountMetrics(ws.db, id);
      expect([id, m?.usageLevel, m?.usageTrend]).toEqual([id, want.level, want.trend]);
    }
    ws.close();
  });
});
