import { useEffect } from 'react';
import { useMessages, useFormat } from '../../i18n/use-i18n';
import { AlertIcon, CloseIcon } from '../../icons/ui-icons';
import { viewHash } from '../../shell/view-address';
import { useAppStore } from '../../state/store';
import { handOverMessage } from './import-labels';
import { OutcomeCard } from './OutcomeCard';
import { AnalyseOffer } from './AnalyseOffer';

/** How the last import ended: each file's counts and problems, a cancel, or a failure. */
export function ImportSummaryPanel() {
  const m = useMessages();
  const format = useFormat();
  const summary = useAppStore((state) => state.importSummary);
  const dismiss = useAppStore((state) => state.dismissImportSummary);
  const announce = useAppStore((state) => state.announce);
  const t = m.import.summary;

  const finished = summary?.state === 'done' ? summary.outcomes.length : null;
  useEffect(() => {
    if (finished !== null) announce(m.import.run.finished(finished, format.integer(finished)));
  }, [finished, announce, m, format]);

  if (!summary) return null;
  if (summary.state !== 'done') {
    const cancelled = summary.state === 'cancelled';
    return (
      <div
        className={cancelled ? 'notice import-notice' : 'notice notice-error import-notice'}
        role={cancelled ? 'status' : 'alert'}
        data-testid="import-summary"
        data-state={summary.state}
      >
        <span className="notice-icon">
          <AlertIcon />
        </span>
        <div className="notice-body">
          <p className="notice-title">{cancelled ? t.cancelledTitle : t.failedTitle}</p>
          <p className="notice-detail">
            {cancelled ? t.cancelled : handOverMessage(m, summary.error)}
          </p>
        </div>
        <button type="button" className="icon-button" onClick={dismiss} aria-label={t.dismiss}>
          <CloseIcon />
        </button>
      </div>
    );
  }
  return (
    <section
      className="import-summary"
      data-testid="import-summary"
      data-state="done"
      aria-label={t.title}
    >
      <div className="import-summary-header">
        <h2>{t.title}</h2>
        {/* A link to the address, not the navigation module: the view registry imports this view. */}
        <a className="button button-secondary button-small" href={viewHash('overview')}>
          {t.toOverview}
        </a>
        <button type="button" className="icon-button" onClick={dismiss} aria-label={t.dismiss}>
          <CloseIcon />
        </button>
      </div>
      <AnalyseOffer />
      <div className="outcomes">
        {summary.outcomes.map((outcome) => (
          <OutcomeCard
            key={outcome.ok ? outcome.result.runId : outcome.failure.path}
            outcome={outcome}
          />
        ))}
      </div>
    </section>
  );
}
