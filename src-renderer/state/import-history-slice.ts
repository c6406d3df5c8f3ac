import type { ImportRunSummary, RejectedRowsCsv, UndoResult } from '../../src-shared/model/import';
import type { Result } from '../../src-shared/result';
import { api } from '../api/client';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/** Every import run of the workspace, newest first, with undo and the rejected rows. */
export interface ImportHistorySlice {
  importRuns: Loadable<ImportRunSummary[]>;
  loadImportRuns(): Promise<void>;
  undoImportRun(runId: number): Promise<Result<UndoResult>>;
  rejectedRowsCsv(runId: number): Promise<Result<RejectedRowsCsv>>;
}

// Answers to an older history request are dropped: an import or an undo may have come between.
let runsRequest = 0;

export const createImportHistorySlice: SliceCreator<ImportHistorySlice> = (set, get) => ({
  importRuns: idle,
  async loadImportRuns() {
    const request = ++runsRequest;
    if (get().importRuns.state !== 'ready') set({ importRuns: loading });
    const result = await api.invoke('import:runs', {});
    if (request !== runsRequest) return;
    set({ importRuns: result.ok ? ready(result.value) : failed(result.error) });
  },
  async undoImportRun(runId) {
    const result = await api.invoke('import:undo', { runId });
    // Refreshed whatever the answer: a refusal may come from a history that changed meanwhile.
    void get().loadImportRuns();
    if (result.ok) {
      void get().loadWorkspace();
      void get().loadFreshness();
    }
    return result;
  },
  rejectedRowsCsv: (runId) => api.invoke('import:rejected-csv', { runId }),
});
