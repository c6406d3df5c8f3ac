import type { DataCoverage } from '../../src-shared/model/coverage';
import type { KeyFigures } from '../../src-shared/model/overview';
import { api } from '../api/client';
import { newJobId } from './jobs-slice';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/** The Overview's figures and coverage, for one state of one workspace. */
export interface OverviewSlice {
  /** The workspace data the figures belong to; a different key means they are stale. */
  overviewKey: string | null;
  keyFigures: Loadable<KeyFigures>;
  coverage: Loadable<DataCoverage>;
  /** The coverage job running now, whose progress and answer count; null when none runs. */
  coverageJobId: string | null;
  /** Loads both unless they are already loaded, or loading, for this workspace data. */
  ensureOverview(key: string): void;
  reloadOverview(): void;
  loadKeyFigures(): Promise<void>;
  computeCoverage(): Promise<void>;
  cancelCoverage(): Promise<void>;
}

// Answers to an older key-figures request are dropped: the workspace may have changed meanwhile.
let keyFiguresRequest = 0;

export const createOverviewSlice: SliceCreator<OverviewSlice> = (set, get) => ({
  overviewKey: null,
  keyFigures: idle,
  coverage: idle,
  coverageJobId: null,
  ensureOverview(key) {
    if (get().overviewKey === key) return;
    set({ overviewKey: key });
    get().reloadOverview();
  },
  reloadOverview() {
    void get().loadKeyFigures();
    void get().computeCoverage();
  },
  async loadKeyFigures() {
    const request = ++keyFiguresRequest;
    set({ keyFigures: loading });
    const result = await api.invoke('overview:key-figures', {});
    if (request !== keyFiguresRequest) return;
    set({ keyFigures: result.ok ? ready(result.value) : failed(result.error) });
  },
  async computeCoverage() {
    const previous = get().coverageJobId;
    if (previous) void api.invoke('job:cancel', { jobId: previous });
    const jobId = newJobId('coverage');
    set({ coverage: loading, coverageJobId: jobId });
    const result = await api.invoke('overview:coverage', { jobId });
    if (get().coverageJobId !== jobId) return;
    set({
      coverage: result.ok ? ready(result.value) : failed(result.error),
      coverageJobId: null,
    });
    get().clearProgress(jobId);
  },
  async cancelCoverage() {
    const jobId = get().coverageJobId;
    if (!jobId) return;
    set({ coverage: { state: 'cancelled' }, coverageJobId: null });
    get().clearProgress(jobId);
    await api.invoke('job:cancel', { jobId });
  },
});
