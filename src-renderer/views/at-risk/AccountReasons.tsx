import { useChannel } from '../../api/use-channel';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { AccountLink } from '../../results/AccountLink';
import { featureName, reasonWords } from './risk-reasons';

interface AccountReasonsProps {
  accountId: string | null;
  version: number;
  currency: string;
  horizonDays: number;
}

/** The account picked in the list: its probability, its expected churned MRR and its reasons. */
export function AccountReasons({ accountId, version, currency, horizonDays }: AccountReasonsProps) {
  const m = useMessages();
  const format = useFormat();
  const answer = useChannel('analysis:risk-account', accountId ? { accountId } : null, version);
  const r = m.atRisk.reasons;
  const row = answer?.row ?? null;
  return (
    <aside className="card risk-reasons" aria-label={r.title} data-testid="risk-reasons">
      <h3 className="card-title">{r.title}</h3>
      {accountId === null ? (
        <p className="muted">{r.empty}</p>
      ) : answer === null ? null : row === null ? (
        <p className="muted">{r.notScored}</p>
      ) : (
        <>
          <p className="risk-reasons-account">
            <AccountLink accountId={row.accountId} name={row.name} />
          </p>
          <p className="risk-reasons-probability" data-value={row.probability}>
            {r.probability(format.percent(row.probability), format.integer(horizonDays))}
          </p>
          {row.mrr !== null && (
            <p className="muted">
              {r.expectedLoss(format.currency(row.probability * row.mrr, currency))}
            </p>
          )}
          <ol className="risk-reason-list">
            {row.reasons.map((reason) => {
              const words = reasonWords(reason, m);
              return (
                <li
                  key={reason.feature}
                  className={`risk-reason ${words.raises ? 'reason-raises' : 'reason-lowers'}`}
                  data-feature={reason.feature}
                  data-effect={reason.effect}
                >
                  <span className="risk-reason-arrow" aria-hidden="true">
                    {words.raises ? '↑' : '↓'}
                  </span>
                  <span className="risk-reason-text">
                    <span className="risk-reason-words">{words.text}</span>
                    <span className="risk-reason-detail">
                      {words.raises ? r.raises : r.lowers} · {featureName(reason.feature, m)}
                      {reason.value !== null && ` · ${r.value(format.decimal(reason.value, 2))}`}
                    </span>
                    <span className="risk-reason-effect">
                      {r.effect(
                        `${reason.effect > 0 ? '+' : ''}${format.decimal(reason.effect, 2)}`,
                      )}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </aside>
  );
}
