import { notAvailableCode } from '../../src-shared/ipc/file-channels';
import type { ImportCatalog, ImportOutcome } from '../../src-shared/model/import';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import {
  changedOptions,
  editableMapping,
  fileNameOf,
  isImportable,
  requestOptions,
  withFieldColumn,
  type OptionChange,
  type StagedFile,
} from './import-staging';
import { newJobId } from './jobs-slice';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SliceCreator } from './store';

/** The import running now. */
export interface ImportJob {
  jobId: string;
  fileNames: string[];
  cancelling: boolean;
}

/** How the last import ended, for the summary. */
export type ImportSummary =
  | { state: 'done'; outcomes: ImportOutcome[] }
  | { state: 'cancelled' }
  | { state: 'failed'; error: AppError };

/** The Import view's files: handed over, inspected, adjusted by the analyst, then imported. */
export interface ImportSlice {
  importCatalog: Loadable<ImportCatalog>;
  stagedFiles: StagedFile[];
  selectedFileId: string | null;
  importJob: ImportJob | null;
  importSummary: ImportSummary | null;
  /** A file that could not be handed over or chosen, until the next try. */
  stagingError: { fileName: string | null; error: AppError } | null;
  /** The workspace data the history and inspections belong to. */
  importDataKey: string | null;
  /** False once main said it has no system dialog for files (in a browser). */
  nativeFileDialog: boolean;
  loadImportCatalog(): Promise<void>;
  /** Reloads the history, and checks the waiting files again, when the workspace data changed. */
  ensureImportData(key: string): void;
  /** Asks the system's dialog for files; false when there is none and the page must ask instead. */
  chooseImportFiles(): Promise<boolean>;
  stageFiles(files: readonly File[]): Promise<void>;
  stagePaths(paths: readonly string[]): void;
  removeStagedFile(id: string): void;
  selectStagedFile(id: string): void;
  changeFileOptions(id: string, change: OptionChange): void;
  /** Maps a field of a file's mapping to one of its columns, or to none. */
  mapField(id: string, field: string, column: string | null): void;
  inspectStagedFile(id: string): Promise<void>;
  runImport(): Promise<void>;
  cancelImport(): Promise<void>;
  dismissImportSummary(): void;
  dismissStagingError(): void;
}

/** The workspace file a data key (`workspaceDataKey`: path, line break, data revision) is for. */
const workspaceOfDataKey = (key: string) => key.slice(0, key.lastIndexOf('\n'));

let stagedCounter = 0;
const newStagedId = () => `file-${++stagedCounter}`;

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => {
  const update = (id: string, change: Partial<StagedFile>) =>
    set((state) => ({
      stagedFiles: state.stagedFiles.map((f) => (f.id === id ? { ...f, ...change } : f)),
    }));
  const find = (id: string) => get().stagedFiles.find((f) => f.id === id);
  const add = (file: StagedFile) =>
    set((state) => ({
      stagedFiles: [...state.stagedFiles, file],
      selectedFileId: state.selectedFileId ?? file.id,
    }));
  const staged = (fileName: string, path: string | null): StagedFile => ({
    id: newStagedId(),
    fileName,
    path,
    options: {},
    status: path === null ? 'handing-over' : 'inspecting',
    inspection: null,
    error: null,
    request: 0,
  });

  return {
    importCatalog: idle,
    stagedFiles: [],
    selectedFileId: null,
    importJob: null,
    importSummary: null,
    stagingError: null,
    importDataKey: null,
    nativeFileDialog: true,

    async loadImportCatalog() {
      if (get().importCatalog.state === 'loading') return;
      set({ importCatalog: loading });
      const result = await api.invoke('import:catalog', {});
      set({ importCatalog: result.ok ? ready(result.value) : failed(result.error) });
    },

    ensureImportData(key) {
      const previous = get().importDataKey;
      if (previous === key) return;
      set({ importDataKey: key });
      void get().loadImportRuns();
      if (previous === null || get().importJob) return;
      // Main forgets the files chosen for the workspace that was open; they are chosen again.
      if (workspaceOfDataKey(previous) !== workspaceOfDataKey(key)) {
        set({ stagedFiles: [], selectedFileId: null });
        return;
      }
      // Saved mappings and the accounts orphans are checked against may have changed.
      for (const file of get().stagedFiles) if (file.path) void get().inspectStagedFile(file.id);
    },

    async chooseImportFiles() {
      set({ stagingError: null });
      if (!get().nativeFileDialog) return false;
      const result = await api.invoke('files:choose-import', {});
      if (result.ok) {
        get().stagePaths(result.value);
        return true;
      }
      if (result.error.code === notAvailableCode) {
        set({ nativeFileDialog: false });
        return false;
      }
      set({ stagingError: { fileName: null, error: result.error } });
      return true;
    },

    async stageFiles(files) {
      set({ stagingError: null });
      await Promise.all(
        files.map(async (file) => {
          const signature = `${file.name}\n${file.size}\n${file.lastModified}`;
          const twin = get().stagedFiles.find((f) => f.signature === signature);
          if (twin) {
            set({ selectedFileId: twin.id });
            return;
          }
          const entry = { ...staged(file.name, null), signature };
          add(entry);
          const path = await api.pathForFile(file);
          if (!path.ok) {
            get().removeStagedFile(entry.id);
            set({ stagingError: { fileName: file.name, error: path.error } });
            return;
          }
          if (!find(entry.id)) return;
          update(entry.id, { path: path.value });
          await get().inspectStagedFile(entry.id);
        }),
      );
    },

    stagePaths(paths) {
      const known = new Set(get().stagedFiles.map((f) => f.path));
      for (const path of paths) {
        const existing = get().stagedFiles.find((f) => f.path === path);
        if (existing) set({ selectedFileId: existing.id });
        if (known.has(path)) continue;
        known.add(path);
        const entry = staged(fileNameOf(path), path);
        add(entry);
        void get().inspectStagedFile(entry.id);
      }
    },

    removeStagedFile(id) {
      set((state) => {
        const index = state.stagedFiles.findIndex((f) => f.id === id);
        const stagedFiles = state.stagedFiles.filter((f) => f.id !== id);
        const neighbour = stagedFiles[Math.min(Math.max(0, index), stagedFiles.length - 1)];
        return {
          stagedFiles,
          selectedFileId:
            state.selectedFileId === id ? (neighbour?.id ?? null) : state.selectedFileId,
        };
      });
    },

    selectStagedFile: (id) => set({ selectedFileId: id }),

    changeFileOptions(id, change) {
      const file = find(id);
      if (!file) return;
      update(id, { options: changedOptions(file.options, change) });
      void get().inspectStagedFile(id);
    },

    mapField(id, field, column) {
      const file = find(id);
      const base = file && editableMapping(file);
      if (!file || !base) return;
      update(id, { options: { ...file.options, mapping: withFieldColumn(base, field, column) } });
      void get().inspectStagedFile(id);
    },

    async inspectStagedFile(id) {
      const file = find(id);
      if (!file?.path) return;
      const request = file.request + 1;
      update(id, { status: 'inspecting', request, error: null });
      const options = requestOptions(file.options);
      const result = await api.invoke('import:inspect', {
        file: file.path,
        ...(options ? { options } : {}),
      });
      if (find(id)?.request !== request) return;
      update(
        id,
        result.ok
          ? { status: 'ready', inspection: result.value }
          : { status: 'failed', error: result.error },
      );
    },

    async runImport() {
      if (get().importJob) return;
      const files = get().stagedFiles.filter(isImportable);
      if (files.length === 0) return;
      const jobId = newJobId('import');
      set({
        importJob: { jobId, fileNames: files.map((f) => f.fileName), cancelling: false },
        importSummary: null,
      });
      const result = await api.invoke('import:run', {
        jobId,
        files: files.flatMap((f) => {
          const options = requestOptions(f.options);
          return f.path ? [{ path: f.path, ...(options ? { options } : {}) }] : [];
        }),
      });
      get().clearProgress(jobId);
      if (result.ok) {
        const imported = new Set(result.value.flatMap((o) => (o.ok ? [o.result.path] : [])));
        set((state) => {
          const stagedFiles = state.stagedFiles.filter((f) => !f.path || !imported.has(f.path));
          const selected = stagedFiles.some((f) => f.id === state.selectedFileId);
          return {
            importJob: null,
            importSummary: { state: 'done', outcomes: result.value },
            stagedFiles,
            selectedFileId: selected ? state.selectedFileId : (stagedFiles[0]?.id ?? null),
          };
        });
      } else {
        set({
          importJob: null,
          importSummary:
            result.error.code === 'cancelled'
              ? { state: 'cancelled' }
              : { state: 'failed', error: result.error },
        });
      }
      // The overview and the history follow the workspace's new data revision, and the files still
      // waiting are checked against the data as it is now.
      void get().loadWorkspace();
      void get().loadFreshness();
      void get().loadImportRuns();
      for (const file of get().stagedFiles) if (file.path) void get().inspectStagedFile(file.id);
    },

    async cancelImport() {
      const job = get().importJob;
      if (!job || job.cancelling) return;
      set({ importJob: { ...job, cancelling: true } });
      await api.invoke('job:cancel', { jobId: job.jobId });
    },

    dismissImportSummary: () => set({ importSummary: null }),
    dismissStagingError: () => set({ stagingError: null }),
  };
};
