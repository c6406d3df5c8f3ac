import { useState } from 'react';
import { AnalysisStatus } from '../analysis/AnalysisStatus';
import { useMessages } from '../i18n/use-i18n';
import { DatabaseIcon, FolderOpenIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import { WorkspaceDialog } from './WorkspaceDialog';

/** Which workspace is open, and the way to open another. */
export function Header() {
  const m = useMessages();
  const workspace = useAppStore((state) => state.workspace);
  const [dialogOpen, setDialogOpen] = useState(false);
  const info = workspace.state === 'ready' ? workspace.value : null;

  return (
    <header className="topbar">
      <div className="workspace-id" data-testid="workspace-id">
        <span className="workspace-icon">
          <DatabaseIcon />
        </span>
        <div className="workspace-text">
          <span className="workspace-label">{m.workspace.label}</span>
          <span className="workspace-name" data-testid="workspace-name">
            {info ? info.name : m.workspace.none}
          </span>
          {info && (
            <span className="workspace-path" title={info.path} data-testid="workspace-path">
              {info.path}
            </span>
          )}
        </div>
      </div>
      <AnalysisStatus />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setDialogOpen(true)}
        aria-haspopup="dialog"
      >
        <FolderOpenIcon />
        <span>{m.workspace.open}</span>
      </button>
      {dialogOpen && <WorkspaceDialog onClose={() => setDialogOpen(false)} />}
    </header>
  );
}
