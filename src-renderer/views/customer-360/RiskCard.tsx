import type { AccountRisk } from '../../../src-shared/model/accounts';
import { isRiskFeature } from '../../../src-shared/model/analysis/risk-features';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { featureName } from '../at-risk/risk-reasons';
import '../at-risk/at-risk.css';

/** The account's churn risk with the reasons behind it, or why it has none. */
export function RiskCard({ risk }: { risk: AccountRisk }) {
  const m = useMessages();
  const format = useFormat();
  const r = m.customer360.risk;
  return (
    <section className="card c360-risk" aria-label={r.title} data-testid="c360-risk">
      <h3 className="card-title">{r.title}</h3>
      {risk.state === 'scored' ? (
        <>
          <p className="c360-risk-probability" data-value={risk.probability}>
            {r.probability(format.percent(risk.probability))}
          </p>
          <ol className="risk-reason-list">
            {risk.reasons.map((reason) => {
              const raises = reason.effect > 0;
              const words = isRiskFeature(reason.feature)
                ? m.atRisk.reasonWords[reason.feature][reason.direction]
                : reason.feature;
              return (
                <li
                  key={reason.feature}
                  className={`risk-reason ${raises ? 'reason-raises' : 'reason-lowers'}`}
                  data-feature={reason.feature}
                >
                  <span className="risk-reason-arrow" aria-hidden="true">
                    {raises ? '↑' : '↓'}
                  </span>
                  <span className="risk-reason-text">
                    <span className="risk-reason-words">{words}</span>
                    <span className="risk-reason-detail">
                      {raises ? m.atRisk.reasons.raises : m.atRisk.reasons.lowers} ·{' '}
                      {featureName(reason.feature, m)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p className="muted">
          {risk.state === 'churned'
            ? r.churned
            : risk.state === 'prospect'
              ? r.prospect
              : risk.state === 'not-analysed'
                ? r.notAnalysed
                : r.notScored}
        </p>
      )}
    </section>
  );
}
