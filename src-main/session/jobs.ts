import { coverageJob } from '../coverage/coverage-job';
import { analyzeWithGoals, measureGoalsJob } from '../goals/goal-jobs';
import { importJobs } from '../import/import-jobs';
import { loadSampleJob } from '../import/sample/load-sample-job';
import type { JobContext } from '../job/context';
import { keyFiguresJob } from '../overview/overview-jobs';
import type { JobParamsOf, JobResultOf } from '../worker/client';

/**
 * Every job the analysis worker runs, composed here above the worker and the domains. A job is a
 * plain function of its parameters and a context; the worker is only the place it runs, and tests
 * call the functions directly.
 */
export const jobs = {
  analyze: analyzeWithGoals,
  'measure-goals': measureGoalsJob,
  coverage: coverageJob,
  'key-figures': keyFiguresJob,
  'load-sample': loadSampleJob,
  ...importJobs,
} satisfies Record<string, (params: never, context: JobContext) => unknown>;

export type Jobs = typeof jobs;
export type JobName = keyof Jobs & string;
export type JobParams<J extends JobName> = JobParamsOf<Jobs, J>;
export type JobResult<J extends JobName> = JobResultOf<Jobs, J>;
