import type { Tier } from '../../src-shared/model/analysis/score';
import { useMessages } from '../i18n/use-i18n';
import './results.css';

/** An advocate tier as a coloured badge; the colours are the tiers' throughout the app. */
export function TierBadge({ tier }: { tier: Tier }) {
  const m = useMessages();
  return (
    <span className={`tier-badge tier-${tier}`} data-tier={tier}>
      {m.tiers[tier]}
    </span>
  );
}

/** An account's status (active, churned, never paid) as a quiet badge. */
export function StatusBadge({ status }: { status: string }) {
  const m = useMessages();
  return <span className={`status-badge status-${status}`}>{m.statuses[status] ?? status}</span>;
}
