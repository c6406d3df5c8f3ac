import type { JobProgress } from '../../src-shared/ipc/workspace-channels';
import type { SliceCreator } from './store';

/** Progress of the long-running jobs main reports on, by job id. */
export interface JobsSlice {
  progress: Record<string, JobProgress>;
  receiveProgress(progress: JobProgress): void;
  clearProgress(jobId: string): void;
}

export const createJobsSlice: SliceCreator<JobsSlice> = (set) => ({
  progress: {},
  receiveProgress: (progress) =>
    set((state) => ({ progress: { ...state.progress, [progress.jobId]: progress } })),
  clearProgress: (jobId) =>
    set((state) => {
      if (!(jobId in state.progress)) return state;
      return {
        progress: Object.fromEntries(Object.entries(state.progress).filter(([id]) => id !== jobId)),
      };
    }),
});

let jobCounter = 0;

/** A fresh id for a job the renderer starts, in the form the contract accepts. */
export const newJobId = (kind: string): string =>
  `${kind}-${Date.now().toString(36)}-${(++jobCounter).toString(36)}`;
