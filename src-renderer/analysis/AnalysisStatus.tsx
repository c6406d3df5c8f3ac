import { useFormat, useMessages } from '../i18n/use-i18n';
import { PlayIcon } from '../icons/ui-icons';
import { useAppStore } from '../state/store';
import { AnalysisProgress } from './AnalysisProgress';
import { staleReasonText } from './stale-reasons';
import { useAnalysisState } from './use-analysis';
import './analysis.css';

/**
 * The header's word on the results: up to date as of a date, or out of date and why, with the
 * Analyse command (also Ctrl/⌘+R and the Analysis menu); while a run goes on, its progress.
 */
export function AnalysisStatus() {
  const m = useMessages();
  const format = useFormat();
  const start = useAppStore((state) => state.startAnalysis);
  const state = useAnalysisState();
  if (!state.known) return null;
  if (state.running)
    return (
      <div className="analysis-status" data-testid="analysis-status" data-state="running">
        <AnalysisProgress compact />
      </div>
    );
  const label = !state.analysed
    ? m.analysis.notAnalysed
    : state.fresh
      ? m.analysis.upToDate
      : m.analysis.outOfDate;
  const tone = state.fresh ? 'fresh' : 'stale';
  const why = state.staleBecause.map((r) => staleReasonText(r, m)).join(' ');
  return (
    <div className="analysis-status" data-testid="analysis-status" data-state={tone}>
      <span className={`analysis-dot analysis-dot-${tone}`} aria-hidden="true" />
      <span className="analysis-status-text" title={why || undefined}>
        <span className="analysis-status-label">{label}</span>
        {state.stamp && (
          <span className="analysis-status-date">
            {m.analysis.analysedAsOf(format.date(state.stamp.asOf))}
          </span>
        )}
      </span>
      <button
        type="button"
        className={state.fresh ? 'button button-secondary' : 'button button-primary'}
        onClick={() => void start()}
        aria-keyshortcuts="Control+R"
        data-testid="analyse"
      >
        <PlayIcon />
        <span>{state.analysed ? m.analysis.analyseAgain : m.analysis.analyse}</span>
      </button>
    </div>
  );
}
