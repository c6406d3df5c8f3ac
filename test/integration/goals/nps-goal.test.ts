import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoalProgress } from '../../../src-shared/model/goals';
import { openWorkspace } from '../../../src-main/store/workspace';
import { cli, cliJson } from '../../helpers/cli-run';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

const ids = ['G1', 'G2', 'G3', 'G4', 'G5'];

/**
 * Five customers, all active on 100 USD a month since 2025-01-01; G5 came through another channel.
 * One NPS answer each in October 2025 (inside the 180-day window that ends on 2026-01-01) and one
 * each in August 2026 (inside the window that ends on the as-of date, 2026-09-30, the latest date
 * in the data).
 */
function seedWorkspace(path: string): void {
  const ws = openWorkspace(path, { create: true });
  insertRows(
    ws.db,
    'accounts',
    ids.map((id) => ({
      account_id: id,
      name: `Company ${id}`,
      acquisition_channel: id === 'G5' ? 'Paid' : 'Organic',
      signup_date: '2024-12-15',
    })),
  );
  insertRows(
    ws.db,
    'subscriptions',
    ids.map((id) => ({
      subscription_id: `S-${id}`,
      account_id: id,
      plan: 'Pro',
      start_date: '2025-01-01',
      mrr: 100,
      currency: 'USD',
      status: 'active',
    })),
  );
  const answers: [string, string, number][] = [
    // At the start: promoters G1, G2; passive G4; detractor G3 (G5 did not answer).
    ['G1', '2025-10-10', 9],
    ['G2', '2025-10-11', 10],
    ['G3', '2025-10-12', 5],
    ['G4', '2025-10-13', 7],
    // Now: promoters G1, G2, G3; passive G4; detractor G5.
    ['G1', '2026-08-10', 10],
    ['G2', '2026-08-11', 9],
    ['G3', '2026-08-12', 9],
    ['G4', '2026-08-13', 8],
    ['G5', '2026-09-30', 3],
  ];
  insertRows(
    ws.db,
    'surveys',
    answers.map(([account, date, score], i) => ({
      response_id: `R${i + 1}`,
      account_id: account,
      responded_at: date,
      type: 'NPS',
      score,
    })),
  );
  ws.close();
}

describe('an NPS goal, measured at each analysis and checked by hand', () => {
  const tempDir = useTempDir('advocate-lab-goals-');

  it('states the start, now, the share done and the pace as worked out on paper', async () => {
    const path = join(tempDir(), 'goals.sqlite');
    seedWorkspace(path);
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);

    const saved = await cliJson<GoalProgress>(
      'goals',
      'save',
      'NPS to 60',
      '--metric',
      'nps',
      '--target',
      '60',
      '--start',
      '2026-01-01',
      '--deadline',
      '2026-12-31',
      '--owner',
      'Customer success',
      '--workspace',
      path,
    );
    // Start: 2 promoters and 1 detractor of 4 answers: (2 − 1) ÷ 4 = +25.
    // Now: 3 promoters and 1 detractor of 5 answers: (3 − 1) ÷ 5 = +40.
    // Done: (40 − 25) ÷ (60 − 25) = 15 ÷ 35. Pace: 272 of the 364 days from 2026-01-01 to 2026-12-31.
    expect(saved.start).toEqual({ value: 25, date: '2026-01-01', from: 'data' });
    expect(saved.now.value).toBeCloseTo(40, 10);
    expect(saved.now.asOf).toBe('2026-09-30');
    expect(saved.shareDone).toBeCloseTo(15 / 35, 10);
    expect(saved.totalDays).toBe(364);
    expect(saved.elapsedDays).toBe(272);
    expect(saved.expectedShare).toBeCloseTo(272 / 364, 10);
    expect(saved.status).toBe('behind');
    expect(saved.goal.owner).toBe('Customer success');

    // Restricted to the Organic channel, G5's detractor answer is not counted: (3 − 0) ÷ 4 = +75.
    const organic = await cliJson<GoalProgress>(
      'goals',
      'save',
      'Organic NPS',
      '--metric',
      'nps',
      '--segment',
      'channel=organic',
      '--target',
      '60',
      '--start',
      '2026-01-01',
      '--deadline',
      '2026-12-31',
      '--workspace',
      path,
    );
    expect(organic.start.value).toBeCloseTo(25, 10);
    expect(organic.now.value).toBeCloseTo(75, 10);
    expect(organic.shareDone).toBe(1);
    expect(organic.status).toBe('achieved');

    // Each analysis adds a measurement; the list shows both goals, nearest deadline then name.
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);
    const listed = await cliJson<GoalProgress[]>('goals', '--workspace', path);
    expect(listed.map((g) => g.goal.name)).toEqual(['NPS to 60', 'Organic NPS']);
    expect(listed[0]?.measurements.length).toBe(2);
    expect(
      listed[0]?.measurements.every((m) => m.value !== null && Math.abs(m.value - 40) < 1e-9),
    ).toBe(true);

    const deleted = await cli('goals', 'delete', 'Organic NPS', '--workspace', path);
    expect(deleted.code).toBe(0);
    expect((await cliJson<GoalProgress[]>('goals', '--workspace', path)).length).toBe(1);
  });

  it('refuses a goal that cannot be kept, naming what is wrong', async () => {
    const path = join(tempDir(), 'goals.sqlite');
    seedWorkspace(path);
    const save = (...options: string[]) =>
      cli('goals', 'save', 'Bad', ...options, '--workspace', path);
    const early = await save(
      '--metric',
      'nps',
      '--target',
      '50',
      '--start',
      '2026-06-01',
      '--deadline',
      '2026-01-01',
    );
    expect(early.code).toBe(1);
    expect(early.err).toContain('The deadline must come after the start.');
    const range = await save('--metric', 'nps', '--target', '150', '--deadline', '2027-01-01');
    expect(range.code).toBe(1);
    expect(range.err).toContain('The target of nps is');
    const unknown = await save(
      '--metric',
      'happiness',
      '--target',
      '1',
      '--deadline',
      '2027-01-01',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Unknown metric "happiness"');
    const missing = await save('--metric', 'nps');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('A new goal needs --target, --deadline.');
    expect((await cli('goals', 'delete', 'Nothing', '--workspace', path)).code).toBe(1);
  });
});
