import { useEffect, useState } from 'react';
import type {
  AccountProfile,
  AccountTimeline,
  ScorePoint,
} from '../../../src-shared/model/accounts';
import type { AppError } from '../../../src-shared/result';
import { api } from '../../api/client';
import { ErrorNotice } from '../../feedback/ErrorNotice';
import { useMessages } from '../../i18n/use-i18n';
import { BackIcon, SearchIcon } from '../../icons/ui-icons';
import { TierBadge } from '../../results/TierBadge';
import { navigateBack } from '../../shell/navigation';
import { useAppStore } from '../../state/store';
import { AccountSearch } from './AccountSearch';
import { ContactsCard } from './ContactsCard';
import { ProfileCard } from './ProfileCard';
import { RiskCard } from './RiskCard';
import { ScoreCard } from './ScoreCard';
import { Timeline } from './Timeline';
import './customer-360.css';

/**
 * One account with everything the workspace knows about it: found by name, id, domain or a
 * contact's e-mail; its profile, contacts, churn risk, advocate score and score history; and one
 * timeline of every touchpoint. It reads the canonical tables, so it answers before any analysis.
 */
export function Customer360View() {
  const m = useMessages();
  const c = m.customer360;
  const accountId = useAppStore((s) => (s.view === 'customer-360' ? s.viewParam : null));
  const previous = useAppStore((s) => s.previousView);
  return (
    <div className="view customer-360" data-testid="customer-360">
      <header className="view-header c360-header">
        <div>
          <h1 className="view-title">{c.title}</h1>
          <p className="view-subtitle">{c.intro}</p>
        </div>
        <AccountSearch />
      </header>
      {accountId === null ? (
        <section className="analysis-empty card" data-testid="c360-empty">
          <span className="analysis-empty-icon">
            <SearchIcon />
          </span>
          <h2>{c.emptyTitle}</h2>
          <p>{c.emptyBody}</p>
        </section>
      ) : (
        <AccountDetail accountId={accountId} canGoBack={previous !== null} />
      )}
    </div>
  );
}

interface Loaded {
  accountId: string;
  version: number;
  profile: AccountProfile;
  timeline: AccountTimeline;
  history: ScorePoint[];
}

function AccountDetail({ accountId, canGoBack }: { accountId: string; canGoBack: boolean }) {
  const m = useMessages();
  const c = m.customer360;
  const version = useAppStore((s) => s.resultsVersion);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ accountId: string; error: AppError } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void Promise.all([
      api.invoke('accounts:profile', { accountId }),
      api.invoke('accounts:timeline', { accountId }),
      api.invoke('accounts:score-history', { accountId }),
    ]).then(([profile, timeline, history]) => {
      if (!current) return;
      if (!profile.ok) return setError({ accountId, error: profile.error });
      if (!timeline.ok) return setError({ accountId, error: timeline.error });
      if (!history.ok) return setError({ accountId, error: history.error });
      setError(null);
      setLoaded({
        accountId,
        version,
        profile: profile.value,
        timeline: timeline.value,
        history: history.value,
      });
    });
    return () => {
      current = false;
    };
    // A retry asks again; the attempt is only a reason to.
  }, [accountId, version, attempt]);

  if (error?.accountId === accountId) {
    return error.error.code === 'not-found' ? (
      <section className="analysis-empty card" data-testid="c360-not-found">
        <h2>{c.notFound(accountId)}</h2>
        <p>{c.emptyBody}</p>
      </section>
    ) : (
      <ErrorNotice
        title={c.title}
        error={error.error}
        retryLabel={m.app.retry}
        onRetry={() => setAttempt((k) => k + 1)}
      />
    );
  }
  if (loaded?.accountId !== accountId) return <p className="muted">{m.table.loadingRows}</p>;
  const { profile, timeline, history } = loaded;
  const tier = profile.metrics ? history.at(-1)?.tier : undefined;
  return (
    <div className="c360-account" data-testid="c360-account" data-account={accountId}>
      <div className="c360-account-heading">
        {canGoBack && (
          <button type="button" className="button button-ghost" onClick={navigateBack}>
            <BackIcon />
            {c.back}
          </button>
        )}
        <h2 className="c360-account-name">{profile.name ?? profile.accountId}</h2>
        <span className="c360-account-id">{profile.accountId}</span>
        {profile.domain && <span className="c360-account-id">{profile.domain}</span>}
        {tier && <TierBadge tier={tier} />}
      </div>
      <div className="c360-top">
        <ProfileCard profile={profile} />
        <div className="c360-side">
          <RiskCard risk={profile.risk} />
          <ContactsCard contacts={profile.contacts} />
        </div>
      </div>
      <div className="c360-bottom">
        <Timeline timeline={timeline} />
        <ScoreCard accountId={accountId} history={history} />
      </div>
    </div>
  );
}
