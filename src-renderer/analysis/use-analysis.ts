import { useAppStore } from '../state/store';

/** The analysis's state as a view needs it: never run, stale, running, and its progress. */
export function useAnalysisState() {
  const freshness = useAppStore((state) => state.freshness);
  const jobId = useAppStore((state) => state.analysisJobId);
  const progress = useAppStore((state) => (jobId ? state.progress[jobId] : undefined));
  const error = useAppStore((state) => state.analysisError);
  const value = freshness.state === 'ready' ? freshness.value : null;
  return {
    known: value !== null,
    analysed: value?.stamp !== null && value !== null,
    fresh: value?.fresh ?? false,
    stamp: value?.stamp ?? null,
    staleBecause: value?.staleBecause ?? [],
    running: jobId !== null,
    progress,
    error,
  };
}
