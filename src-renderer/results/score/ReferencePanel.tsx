import { useEffect, useState } from 'react';
import {
  referenceOutcomes,
  type ReferenceConsent,
  type ReferenceOutcome,
  type ReferenceRequest,
} from '../../../src-shared/model/analysis/case-studies';
import { api } from '../../api/client';
import { useFormat, useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';
import { AskDialog } from './AskDialog';

/**
 * An account's consent to be a reference and the requests made of it, with the actions that
 * change them: mark as asked, record consent granted or refused, record a request's outcome.
 */
export function ReferencePanel({ accountId, name }: { accountId: string; name: string }) {
  const m = useMessages();
  const format = useFormat();
  const announce = useAppStore((state) => state.announce);
  const a = m.advocates.actions;
  const [consent, setConsent] = useState<ReferenceConsent | null>(null);
  const [requests, setRequests] = useState<ReferenceRequest[]>([]);
  const [asking, setAsking] = useState(false);

  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([
      api.invoke('analysis:consent', { accountId }),
      api.invoke('analysis:reference-requests', { accountId }),
    ]).then(([c, r]) => {
      if (!current) return;
      if (c.ok) setConsent(c.value);
      if (r.ok) setRequests(r.value);
    });
    return () => {
      current = false;
    };
  }, [accountId, reloads]);

  const saveConsent = async (value: boolean | null) => {
    const result = await api.invoke('analysis:consent-save', { accountId, consent: value });
    if (result.ok) setConsent(result.value);
  };
  const saveOutcome = async (id: number, outcome: ReferenceOutcome) => {
    const result = await api.invoke('analysis:reference-outcome', { id, outcome });
    if (result.ok) setRequests((list) => list.map((r) => (r.id === id ? result.value : r)));
  };
  const state =
    consent?.consent === true ? 'granted' : consent?.consent === false ? 'refused' : 'unknown';

  return (
    <section className="reference-panel" aria-label={a.title} data-testid="reference-panel">
      <div className="reference-row">
        <div>
          <h4>{a.consent}</h4>
          <p className={`consent consent-${state}`} data-testid="consent" data-state={state}>
            {a.consentValues[state]}
            {consent?.source && <span className="muted"> · {a.consentFrom[consent.source]}</span>}
          </p>
        </div>
        <div className="reference-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void saveConsent(true)}
          >
            {a.grant}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void saveConsent(false)}
          >
            {a.refuse}
          </button>
          {consent?.source === 'recorded' && (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => void saveConsent(null)}
            >
              {a.clear}
            </button>
          )}
        </div>
      </div>
      <div className="reference-row">
        <h4>{a.history}</h4>
        <button
          type="button"
          className="button button-primary button-small"
          onClick={() => setAsking(true)}
          data-testid="mark-asked"
        >
          {a.asked}
        </button>
      </div>
      {requests.length === 0 ? (
        <p className="muted">{a.none}</p>
      ) : (
        <ul className="request-list" data-testid="request-list">
          {requests.map((r) => (
            <li key={r.id} data-request={r.id}>
              <span>
                {a.askedOn(format.date(r.askedAt), a.kinds[r.kind])}
                {r.contactName && <span className="muted"> · {r.contactName}</span>}
              </span>
              <label>
                <span className="visually-hidden">{a.outcome}</span>
                <select
                  value={r.outcome}
                  onChange={(event) =>
                    void saveOutcome(r.id, event.target.value as ReferenceOutcome)
                  }
                >
                  {referenceOutcomes.map((o) => (
                    <option key={o} value={o}>
                      {a.outcomes[o]}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <AskDialog
          accountId={accountId}
          name={name}
          onClose={(logged) => {
            setAsking(false);
            if (logged) {
              announce(a.logged(name));
              setReloads((n) => n + 1);
            }
          }}
        />
      )}
    </section>
  );
}
