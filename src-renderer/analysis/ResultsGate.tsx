import type { ReactNode } from 'react';
import { ErrorNotice } from '../feedback/ErrorNotice';
import { useMessages } from '../i18n/use-i18n';
import { AlertIcon, PlayIcon, SparkIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import { AnalysisProgress } from './AnalysisProgress';
import { staleReasonText } from './stale-reasons';
import { useAnalysisState } from './use-analysis';
import './analysis.css';

/**
 * Every view of results sits inside this. Before the first analysis it shows one clear empty state
 * with the Analyse button (never an error); when the results are out of date it says why above
 * them and offers to analyse again; a failed run is shown with its message.
 */
export function ResultsGate({ children }: { children: ReactNode }) {
  const m = useMessages();
  const start = useAppStore((state) => state.startAnalysis);
  const state = useAnalysisState();
  const failure = state.error && (
    <ErrorNotice
      title={m.analysis.failed}
      error={state.error}
      retryLabel={m.analysis.analyseAgain}
      onRetry={() => void start()}
    />
  );
  if (!state.known) return null;
  if (!state.analysed) {
    return (
      <>
        {failure}
        <section className="analysis-empty card" data-testid="not-analysed">
          <span className="analysis-empty-icon">
            <SparkIcon />
          </span>
          <h2>{m.analysis.emptyTitle}</h2>
          <p>{m.analysis.emptyBody}</p>
          {state.running ? (
            <AnalysisProgress />
          ) : (
            <button type="button" className="button button-primary" onClick={() => void start()}>
              <PlayIcon />
              <span>{m.analysis.analyseNow}</span>
            </button>
          )}
        </section>
      </>
    );
  }
  return (
    <>
      {failure}
      {!state.fresh && !state.running && (
        <div
          className="notice notice-warning analysis-stale"
          role="status"
          data-testid="results-stale"
        >
          <span className="notice-icon">
            <AlertIcon />
          </span>
          <div className="notice-body">
            <p className="notice-title">{m.analysis.staleTitle}</p>
            <p className="notice-detail">
              {state.staleBecause.map((r) => staleReasonText(r, m)).join(' ')}{' '}
              {m.analysis.staleBody}
            </p>
          </div>
          <button type="button" className="button button-primary" onClick={() => void start()}>
            <PlayIcon />
            <span>{m.analysis.analyseAgain}</span>
          </button>
        </div>
      )}
      {state.running && (
        <div className="analysis-running card">
          <AnalysisProgress />
        </div>
      )}
      {children}
    </>
  );
}
