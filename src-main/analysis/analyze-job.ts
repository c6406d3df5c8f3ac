import type { AnalysisSummary } from '../../src-shared/model/analysis/runs';
import type { JobContext } from '../job/context';
import type { SideThreadRunner } from '../job/side-reads';
import type { ActivityRequest } from './load/account-activity';
import type { PastFeaturesRequest } from './risk/past-features';
import { ANALYSIS_STEPS, runAnalysis } from './engine/run-analysis';
import { accountActivityRead, pastRiskFeaturesRead } from './engine/side-reads';
import { writeAnalysis } from './store/results-writer';

export interface AnalyzeParams {
  path: string;
  profile?: string;
  asOf?: string;
}

/** The steps of the computation, then writing the results. */
const TOTAL_STEPS = ANALYSIS_STEPS + 1;

/**
 * The `analyze` job: computes on the read-only connection inside one read transaction (a
 * consistent snapshot, however long it takes), then writes every result in one transaction on the
 * writer, stamped with the data revision and settings it was computed from. Cancelling stops it
 * between steps; nothing is written until the last one.
 */
export function analyzeJob(params: AnalyzeParams, context: JobContext): AnalysisSummary {
  const reader = context.databases.reader(params.path);
  let done = 0;
  const output = reader.transaction(() =>
    runAnalysis(
      reader,
      {
        ...(params.asOf === undefined ? {} : { asOf: params.asOf }),
        ...(params.profile === undefined ? {} : { profile: params.profile }),
      },
      {
        throwIfCancelled: () => context.throwIfCancelled(),
        ...(context.side ? sideHooks(context.side, params.path) : {}),
        step(phase) {
          context.throwIfCancelled();
          context.progress({
            phase,
            done: Math.min(done++, ANALYSIS_STEPS),
            total: TOTAL_STEPS,
            unit: 'steps',
          });
        },
      },
    ),
  )();
  context.throwIfCancelled();
  context.progress({
    phase: 'writing results',
    done: ANALYSIS_STEPS,
    total: TOTAL_STEPS,
    unit: 'steps',
  });
  const stamp = writeAnalysis(context.databases.writer(params.path), output);
  context.progress({ phase: 'done', done: TOTAL_STEPS, total: TOTAL_STEPS, unit: 'steps' });
  return { ...output.summary, stamp };
}

/**
 * Reads the accounts' activity and the churn model's past snapshot on the side thread while this
 * one works out status, tenure and revenue, then computes the rest.
 */
const sideHooks = (side: SideThreadRunner, path: string) => ({
  startAccountActivity: (request: ActivityRequest) =>
    side.start(accountActivityRead, path, request),
  startPastFeatures: (request: PastFeaturesRequest) =>
    side.start(pastRiskFeaturesRead, path, request),
});
