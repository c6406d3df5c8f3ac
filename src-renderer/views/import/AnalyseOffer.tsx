import { AnalysisProgress } from '../../analysis/AnalysisProgress';
import { useAnalysisState } from '../../analysis/use-analysis';
import { useMessages } from '../../i18n/use-i18n';
import { PlayIcon, SparkIcon } from '../../icons/ui-icons';
import { useAppStore } from '../../state/store';

/** After an import changed the data, the offer to analyse at once (or the run, once started). */
export function AnalyseOffer() {
  const m = useMessages();
  const start = useAppStore((state) => state.startAnalysis);
  const analysis = useAnalysisState();
  if (analysis.running)
    return (
      <div className="notice analyse-offer" data-testid="analyse-offer">
        <AnalysisProgress />
      </div>
    );
  const dataChanged = analysis.staleBecause.some(
    (r) => r.code === 'data-changed' || r.code === 'not-analysed',
  );
  if (!analysis.known || !dataChanged) return null;
  return (
    <div className="notice analyse-offer" role="status" data-testid="analyse-offer">
      <span className="notice-icon">
        <SparkIcon />
      </span>
      <p className="notice-body">{m.analysis.offerAfterImport}</p>
      <button type="button" className="button button-primary" onClick={() => void start()}>
        <PlayIcon />
        <span>{m.analysis.analyseNow}</span>
      </button>
    </div>
  );
}
