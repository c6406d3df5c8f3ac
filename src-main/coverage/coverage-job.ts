import type { DataCoverage } from '../../src-shared/model/coverage';
import { sourceKinds } from '../../src-shared/model/sources';
import type { JobContext } from '../job/context';
import { computeCoverage } from './coverage';

export function coverageJob(params: { path: string }, context: JobContext): DataCoverage {
  const db = context.databases.reader(params.path);
  let done = 0;
  // One read transaction, so every source is counted against the same state of the data.
  return db.transaction(() =>
    computeCoverage(db, () => {
      context.throwIfCancelled();
      context.progress({
        phase: 'coverage',
        done: done++,
        total: sourceKinds.length,
        unit: 'steps',
      });
    }),
  )();
}
