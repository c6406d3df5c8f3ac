import type { Tier } from '../../../../src-shared/model/analysis/score';
import type { SignalName } from '../../../../src-shared/model/analysis/score';

/** The words of the analysis's results, shared by every view that shows them. */
export const results = {
  tiers: {
    champion: 'Champion',
    advocate: 'Advocate',
    neutral: 'Neutral',
    at_risk: 'At risk',
  } satisfies Record<Tier, string>,
  statuses: {
    active: 'Active',
    churned: 'Churned',
    prospect: 'Never paid',
  } as Record<string, string>,
  signals: {
    health: 'Health score',
    nps: 'NPS',
    csat: 'CSAT',
    usageLevel: 'Usage level',
    usageTrend: 'Usage trend',
    expansion: 'Expansions',
    ltv: 'Lifetime value',
    friction: 'Support friction',
    crc: 'Retention cost',
  } satisfies Record<SignalName, string>,
  signalHints: {
    health: 'The health score imported from the customer-success tool',
    nps: 'The latest NPS answer (0–10)',
    csat: 'Share of CSAT answers of 4 or 5',
    usageLevel: 'Usage in the last 90 days',
    usageTrend: 'Usage in the last 90 days against the 90 before',
    expansion: 'Upgrades and expansions so far',
    ltv: 'Projected lifetime value',
    friction: 'Support tickets per active month (fewer is better)',
    crc: 'Customer-success cost per month (less is better)',
  } satisfies Record<SignalName, string>,
  roles: {
    champion: 'Champion',
    decision_maker: 'Decision maker',
    influencer: 'Influencer',
    user: 'User',
  },
  common: {
    yes: 'Yes',
    no: 'No',
    none: '—',
    unknown: 'Unknown',
    empty: '(empty)',
    openAccount: (name: string) => `Open ${name} in Customer 360`,
    months: (n: string) => `${n} mo`,
    back: 'Back',
  },
};
