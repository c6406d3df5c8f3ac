import type Database from 'better-sqlite3';
import type { AnalysisFreshness, AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import { directContext } from '../../job/context';
import type { JobProgressUpdate } from '../../job/progress';
import { analyzeJob } from '../analyze-job';
import { findProfile } from '../score/profiles';
import { analysisFreshness } from '../store/results-reader';

export interface Refresh {
  /** Why the stored results were not used; null when they were up to date. */
  stale: AnalysisFreshness | null;
  summary: AnalysisSummary | null;
}

/**
 * Makes sure the stored results answer for the data and settings as they are: when they are
 * missing or stale, runs the analysis again in this thread, with the as-of date and profile the
 * last run was asked for (else the active profile). For the command line, where there is no worker to hand it to.
 */
export function ensureAnalysed(
  db: Database.Database,
  path: string,
  onProgress: (update: JobProgressUpdate) => void = () => {},
): Refresh {
  const freshness = analysisFreshness(db);
  if (freshness.fresh) return { stale: null, summary: null };
  const stamp = freshness.stamp;
  // The profile the last run was asked for by name, if it still exists; else the active one.
  const profile = stamp?.profileFixed && findProfile(db, stamp.profile) ? stamp.profile : undefined;
  const summary = analyzeJob(
    {
      path,
      ...(stamp?.asOfFixed ? { asOf: stamp.asOf } : {}),
      ...(profile === undefined ? {} : { profile }),
    },
    directContext(db, onProgress),
  );
  return { stale: freshness, summary };
}
