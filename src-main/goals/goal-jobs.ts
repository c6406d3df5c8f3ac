import type { AnalysisSummary } from '../../src-shared/model/analysis/runs';
import { analyzeJob, type AnalyzeParams } from '../analysis/analyze-job';
import { readStamp } from '../analysis/store/results-reader';
import type { JobContext } from '../job/context';
import { findGoal, listGoals } from './goal-store';
import { measureGoals, recordMeasurements } from './measure-goals';

/**
 * The analysis as the app and the command line run it: the `analyze` job, then a measurement of
 * every goal against the results it wrote, so each run leaves a point on every goal's progress.
 */
export function analyzeWithGoals(params: AnalyzeParams, context: JobContext): AnalysisSummary {
  const summary = analyzeJob(params, context);
  measureAfterRun(params.path, context, summary.stamp);
  return summary;
}

/**
 * Measures goals (the ones named, or every goal) against the stored results as they are: for a
 * goal just written, so its progress shows without waiting for the next analysis. Nothing is
 * measured before the first analysis. Returns how many goals were measured.
 */
export function measureGoalsJob(
  params: { path: string; goalIds?: number[] },
  context: JobContext,
): number {
  const reader = context.databases.reader(params.path);
  const stamp = readStamp(reader);
  if (!stamp) return 0;
  return measureAfterRun(params.path, context, stamp, params.goalIds);
}

function measureAfterRun(
  path: string,
  context: JobContext,
  stamp: { asOf: string; startedAt: string },
  goalIds?: readonly number[],
): number {
  const reader = context.databases.reader(path);
  // Read in one transaction, so every figure sees the same data; written on the writer after.
  const measurements = reader.transaction(() => {
    const goals =
      goalIds === undefined
        ? listGoals(reader)
        : goalIds.flatMap((id) => {
            const goal = findGoal(reader, id);
            return goal ? [goal] : [];
          });
    return measureGoals(reader, stamp, goals);
  })();
  recordMeasurements(context.databases.writer(path), measurements);
  return measurements.length;
}
