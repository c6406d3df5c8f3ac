import { useEffect } from 'react';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { workspaceDataKey } from '../../state/workspace-slice';
import { DropZone } from './DropZone';
import { HandOverNotice } from './HandOverNotice';
import { ImportHistory } from './ImportHistory';
import { ImportRunBar } from './ImportRunBar';
import { ImportSummaryPanel } from './ImportSummaryPanel';
import { StagedFiles } from './StagedFiles';
import { useFileDrop } from './use-file-drop';
import './import.css';
import './import-run.css';

/**
 * Files in, data out: drop or choose exports, see how each is read and mapped and what is wrong with
 * it, import them with progress, read the summary, and undo any import from the history.
 */
export function ImportView() {
  const m = useMessages();
  const workspace = useAppStore((state) => state.workspace);
  const catalog = useAppStore((state) => state.importCatalog);
  const loadImportCatalog = useAppStore((state) => state.loadImportCatalog);
  const ensureImportData = useAppStore((state) => state.ensureImportData);
  const stageFiles = useAppStore((state) => state.stageFiles);
  const hasFiles = useAppStore((state) => state.stagedFiles.length > 0);
  const running = useAppStore((state) => state.importJob !== null);
  const summarised = useAppStore((state) => state.importSummary !== null);
  const { dragging, handlers } = useFileDrop((files) => void stageFiles(files));
  const dataKey = workspace.state === 'ready' ? workspaceDataKey(workspace.value) : null;

  useEffect(() => {
    if (catalog.state === 'idle') void loadImportCatalog();
  }, [catalog.state, loadImportCatalog]);

  useEffect(() => {
    if (dataKey) ensureImportData(dataKey);
  }, [dataKey, ensureImportData]);

  return (
    <div
      className={dragging ? 'view import-view is-dragging' : 'view import-view'}
      data-testid="import"
      {...handlers}
    >
      <header className="view-header">
        <h1 className="view-title">{m.import.title}</h1>
        <p className="view-subtitle">{m.import.subtitle}</p>
      </header>
      {catalog.state === 'error' && (
        <ErrorNotice
          title={m.import.catalogError}
          error={catalog.error}
          retryLabel={m.app.retry}
          onRetry={() => void loadImportCatalog()}
        />
      )}
      <HandOverNotice />
      <DropZone compact={hasFiles || summarised} dragging={dragging} />
      <ImportSummaryPanel />
      {hasFiles && <StagedFiles />}
      {(hasFiles || running) && <ImportRunBar />}
      <ImportHistory />
    </div>
  );
}
