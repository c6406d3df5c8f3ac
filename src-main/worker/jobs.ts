import { analyzeJob } from '../analysis/analyze-job';
import { coverageJob } from '../coverage/coverage-job';
import { importJobs } from '../import/import-jobs';
import { keyFiguresJob } from '../overview/overview-jobs';
import { loadSampleJob } from '../session/load-sample-job';
import type { JobContext } from './job-context';

/**
 * Every job the analysis worker runs. A job is a plain function of its parameters and a context;
 * the worker is only the place it runs, and tests call the functions directly.
 */
export const jobs = {
  analyze: analyzeJob,
  coverage: coverageJob,
  'key-figures': keyFiguresJob,
  'load-sample': loadSampleJob,
  ...importJobs,
} satisfies Record<string, (params: never, context: JobContext) => unknown>;

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;
export type JobParams<J extends JobName> = Parameters<Jobs[J]>[0];
export type JobResult<J extends JobName> = Awaited<ReturnType<Jobs[J]>>;
