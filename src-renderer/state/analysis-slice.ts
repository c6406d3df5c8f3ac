import type { AnalysisFreshness, AnalysisSummary } from '../../src-shared/model/analysis/runs';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { navigateTo } from '../shell/navigation';
import { newJobId } from './jobs-slice';
import { failed, idle, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/**
 * The analysis as the window sees it: whether stored results answer for the workspace as it is,
 * the run going on now (its progress is in the jobs slice under its id), and a counter that moves
 * whenever new results are written, so every view reads them again.
 */
export interface AnalysisSlice {
  freshness: Loadable<AnalysisFreshness>;
  /** The last run's summary: its as-of date, currency and money assumptions. */
  summary: Loadable<AnalysisSummary>;
  analysisJobId: string | null;
  analysisError: AppError | null;
  /** Moves with every run written: the key views read results under. */
  resultsVersion: number;
  /** Asks Customer 360 to put the cursor in its search, once; it moves with every request. */
  findAccountRequest: number;
  loadFreshness(): Promise<void>;
  startAnalysis(): Promise<void>;
  cancelAnalysis(): Promise<void>;
  /** New results were written, here or elsewhere (another window, the first start). */
  receiveAnalysis(): void;
  findAccount(): void;
}

let freshnessRequest = 0;

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set, get) => ({
  freshness: idle,
  summary: idle,
  analysisJobId: null,
  analysisError: null,
  resultsVersion: 0,
  findAccountRequest: 0,
  async loadFreshness() {
    const request = ++freshnessRequest;
    const result = await api.invoke('analysis:freshness', {});
    if (request !== freshnessRequest) return;
    set({ freshness: result.ok ? ready(result.value) : failed(result.error) });
    const stamp = result.ok ? result.value.stamp : null;
    const known = get().summary;
    if (!stamp) set({ summary: idle });
    else if (known.state !== 'ready' || known.value.stamp.startedAt !== stamp.startedAt) {
      const summary = await api.invoke('analysis:summary', {});
      if (request === freshnessRequest)
        set({ summary: summary.ok ? ready(summary.value) : failed(summary.error) });
    }
  },
  async startAnalysis() {
    if (get().analysisJobId) return;
    const jobId = newJobId('analysis');
    set({ analysisJobId: jobId, analysisError: null });
    const result = await api.invoke('analysis:run', { jobId });
    if (get().analysisJobId !== jobId) return;
    get().clearProgress(jobId);
    set({
      analysisJobId: null,
      analysisError: result.ok || result.error.code === 'cancelled' ? null : result.error,
    });
    if (result.ok) get().receiveAnalysis();
  },
  async cancelAnalysis() {
    const jobId = get().analysisJobId;
    if (!jobId) return;
    set({ analysisJobId: null });
    get().clearProgress(jobId);
    await api.invoke('job:cancel', { jobId });
  },
  receiveAnalysis() {
    set((state) => ({ resultsVersion: state.resultsVersion + 1 }));
    void get().loadFreshness();
  },
  findAccount() {
    set((state) => ({ findAccountRequest: state.findAccountRequest + 1 }));
    navigateTo('customer-360');
  },
});
