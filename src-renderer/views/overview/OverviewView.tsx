import { useEffect } from 'react';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { workspaceDataKey } from '../../state/workspace-slice';
import { CoverageSection } from './CoverageSection';
import { GoalsPanel } from './GoalsPanel';
import { KeyFiguresSection } from './KeyFiguresSection';
import './overview.css';

/** Key figures and data coverage of the open workspace, reloaded whenever its data changes. */
export function OverviewView() {
  const m = useMessages();
  const format = useFormat();
  const workspace = useAppStore((state) => state.workspace);
  const keyFigures = useAppStore((state) => state.keyFigures);
  const ensureOverview = useAppStore((state) => state.ensureOverview);
  const loadWorkspace = useAppStore((state) => state.loadWorkspace);
  const dataKey = workspace.state === 'ready' ? workspaceDataKey(workspace.value) : null;

  useEffect(() => {
    if (dataKey) ensureOverview(dataKey);
  }, [dataKey, ensureOverview]);

  const asOf = keyFigures.state === 'ready' ? keyFigures.value.asOf : undefined;
  return (
    <div className="view overview" data-testid="overview">
      <header className="view-header">
        <h1 className="view-title">{m.overview.title}</h1>
        {asOf !== undefined && (
          <p className="view-subtitle" data-testid="as-of" data-date={asOf ?? ''}>
            {asOf ? m.overview.asOf(format.date(asOf)) : m.overview.noAsOf}
          </p>
        )}
      </header>
      {workspace.state === 'error' ? (
        <ErrorNotice
          title={m.overview.errorTitle}
          error={workspace.error}
          retryLabel={m.app.retry}
          onRetry={() => void loadWorkspace()}
        />
      ) : (
        <>
          <KeyFiguresSection />
          {workspace.state === 'ready' && <GoalsPanel />}
          <CoverageSection />
        </>
      )}
    </div>
  );
}
