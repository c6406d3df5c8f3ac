import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScorePoint } from '../../../src-shared/model/accounts';
import type { Tier } from '../../../src-shared/model/analysis/score';
import { readScoreHistory } from '../../../src-main/analysis/accounts/score-history';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { chooseProfile, saveProfile } from '../../../src-main/analysis/score/profiles';
import { directContext } from '../../../src-main/job/context';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from '../analysis/hand-company';

type Scores = Map<string, { score: number; tier: Tier }>;

describe('an account’s score across analysis runs', () => {
  const tempDir = useTempDir();

  it('gains a point when a run moves its score by a point or more, or changes its tier', () => {
    const ws = openWorkspace(join(tempDir(), 'hand.sqlite'), { create: true });
    seedHandCompany(ws.db);
    const analyse = () => analyzeJob({ path: ws.path }, directContext(ws.db));
    const scores = (): Scores =>
      new Map(
        (
          ws.db.prepare('SELECT account_id, score, tier FROM advocate_scores').all() as {
            account_id: string;
            score: number;
            tier: Tier;
          }[]
        ).map((r) => [r.account_id, { score: r.score, tier: r.tier }]),
      );

    const first = analyse();
    const before = scores();
    expect(before.size).toBeGreaterThan(3);
    // A profile that weighs NPS alone moves most scores, not all.
    saveProfile(ws.db, 'NPS only', {
      health: 0,
      nps: 1,
      csat: 0,
      usageLevel: 0,
      usageTrend: 0,
      expansion: 0,
      ltv: 0,
      friction: 0,
      crc: 0,
    });
    chooseProfile(ws.db, 'NPS only');
    const second = analyse();
    const after = scores();
    // Run again with nothing changed: no account moves, so no point is added.
    analyse();

    let moved = 0;
    for (const [accountId, was] of before) {
      const now = after.get(accountId);
      const expected: Partial<ScorePoint>[] = [
        { recordedAt: first.stamp.startedAt, score: was.score, tier: was.tier, profile: 'Default' },
      ];
      if (now && (Math.abs(now.score - was.score) >= 1 || now.tier !== was.tier)) {
        moved++;
        expected.push({
          recordedAt: second.stamp.startedAt,
          score: now.score,
          tier: now.tier,
          profile: 'NPS only',
        });
      }
      const history = readScoreHistory(ws.db, accountId);
      expect(history, accountId).toEqual(expected.map((p) => expect.objectContaining(p)));
      for (const point of history) expect(point.asOf).toBe(first.stamp.asOf);
    }
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(before.size);
    expect(readScoreHistory(ws.db, 'NOT-AN-ACCOUNT')).toEqual([]);
    ws.close();
  });
});
