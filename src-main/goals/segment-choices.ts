import type Database from 'better-sqlite3';
import type { GoalSegmentDimension, SegmentChoice } from '../../src-shared/model/goals';

/** Where each dimension's values are found in the data. Names come from here, never from input. */
const sources: Record<Exclude<GoalSegmentDimension, 'partner'>, string> = {
  channel: 'SELECT acquisition_channel AS v FROM accounts',
  industry: 'SELECT industry AS v FROM accounts',
  country: 'SELECT country AS v FROM accounts',
  plan: 'SELECT plan AS v FROM subscriptions UNION ALL SELECT plan AS v FROM accounts',
};

/** The values a segment dimension takes in the workspace, for the goal form to offer. */
export function segmentChoices(
  db: Database.Database,
  dimension: GoalSegmentDimension,
): SegmentChoice[] {
  if (dimension === 'partner')
    return (
      db
        .prepare(
          'SELECT partner_id, name FROM partners ORDER BY coalesce(name, partner_id), partner_id',
        )
        .raw()
        .all() as [string, string | null][]
    ).map(([id, name]) => ({ value: id, label: name }));
  return (
    db
      .prepare(
        `SELECT DISTINCT trim(v) FROM (${sources[dimension]})
         WHERE v IS NOT NULL AND trim(v) <> '' ORDER BY 1`,
      )
      .pluck()
      .all() as string[]
  ).map((value) => ({ value, label: null }));
}
