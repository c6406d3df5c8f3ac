import type Database from 'better-sqlite3';
import type { ScorePoint } from '../../../src-shared/model/accounts';
import { prepared } from './statements';

/**
 * An account's advocate score across analysis runs, oldest first: a point for each run that moved
 * the score by a point or more, or changed its tier, since the point before (the results writer
 * decides). Empty for an account never scored.
 */
export function readScoreHistory(db: Database.Database, accountId: string): ScorePoint[] {
  return prepared(
    db,
    `SELECT recorded_at AS recordedAt, as_of AS asOf, score, tier, profile FROM score_history
     WHERE account_id = ? ORDER BY recorded_at`,
  ).all(accountId) as ScorePoint[];
}
