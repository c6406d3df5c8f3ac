import type Database from 'better-sqlite3';
import type { ListQuery } from '../../../src-shared/model/lists';
import {
  tierNames,
  type ScoreDistribution,
  type Tier,
} from '../../../src-shared/model/analysis/score';
import { advocatesList } from './advocates-list';
import { listBands } from './list-query';

const BAND = 5;

/** Scores in bands of five points, by tier, among the accounts the Advocates view's filters keep. */
export function scoreDistribution(db: Database.Database, query: ListQuery): ScoreDistribution {
  const empty = () => Object.fromEntries(tierNames.map((t) => [t, 0])) as Record<Tier, number>;
  const bands = Array.from({ length: 100 / BAND }, (_, k) => ({ from: k * BAND, counts: empty() }));
  let total = 0;
  for (const row of listBands(db, advocatesList, 'score', 'tier', BAND, query)) {
    // A score of exactly 100 belongs to the top band.
    const band = bands[Math.min(bands.length - 1, Math.max(0, row.band))];
    if (band && tierNames.includes(row.group as Tier)) band.counts[row.group as Tier] += row.count;
    total += row.count;
  }
  return { bandWidth: BAND, bands, total };
}
