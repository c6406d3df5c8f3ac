import { ProgressBar } from '../feedback/ProgressBar';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { useAppStore } from '../state/store';
import { phaseText } from './stale-reasons';
import { useAnalysisState } from './use-analysis';

/** A running analysis: the phase it is in and its share done, with Cancel. */
export function AnalysisProgress({ compact = false }: { compact?: boolean }) {
  const m = useMessages();
  const format = useFormat();
  const cancel = useAppStore((state) => state.cancelAnalysis);
  const { progress } = useAnalysisState();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? null;
  const share = total ? format.percent(done / total) : '';
  const phase = progress ? phaseText(progress.phase, m) : m.analysis.analysing;
  return (
    <div className={compact ? 'analysis-progress is-compact' : 'analysis-progress'}>
      <div className="analysis-progress-text">
        <span className="analysis-progress-phase" data-testid="analysis-phase">
          {total ? m.analysis.phase(phase, share) : phase}
        </span>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => void cancel()}
        >
          {m.analysis.cancel}
        </button>
      </div>
      <ProgressBar
        label={m.analysis.progressLabel}
        done={progress ? done : null}
        total={total}
        valueText={total ? m.analysis.phase(phase, share) : phase}
      />
    </div>
  );
}
