import type {
  Capability,
  DataCoverage,
  DataDomain,
  MaturityStage,
} from '../../src-shared/model/coverage';
import type { SourceKind } from '../../src-shared/model/sources';

/** The sources of a 360-degree view, by area. Movements and CS costs are optional: both can be derived or set. */
const domainSources: Record<DataDomain, { required: SourceKind[]; optional: SourceKind[] }> = {
  master: { required: ['accounts'], optional: ['contacts'] },
  billing: { required: ['subscriptions'], optional: ['payments', 'mrr_movements'] },
  support: { required: ['tickets'], optional: [] },
  voice: { required: ['surveys'], optional: [] },
  product: { required: ['usage'], optional: [] },
  partners: { required: ['partners', 'referrals'], optional: ['commissions'] },
};

export const coreSources: readonly SourceKind[] = [
  'accounts',
  'contacts',
  'subscriptions',
  'payments',
  'tickets',
  'surveys',
  'usage',
  'partners',
  'referrals',
  'commissions',
];

/**
 * What each missing source would unlock, and how much that matters to the questions the application
 * answers (advocates and case studies first, then revenue and partners). Used to pick the next import.
 */
const unlocks: Record<SourceKind, { capabilities: Capability[]; weight: number }> = {
  accounts: { capabilities: ['master-data'], weight: 100 },
  subscriptions: { capabilities: ['mrr-and-churn', 'mrr-movements'], weight: 10 },
  surveys: { capabilities: ['nps-and-csat'], weight: 9 },
  contacts: { capabilities: ['champion-contacts'], weight: 8 },
  usage: { capabilities: ['usage-trend'], weight: 7 },
  payments: { capabilities: ['realised-revenue'], weight: 6 },
  tickets: { capabilities: ['support-friction'], weight: 5 },
  referrals: { capabilities: ['partner-report'], weight: 5 },
  partners: { capabilities: ['partner-report'], weight: 4 },
  commissions: { capabilities: ['partner-report', 'commission-scenarios'], weight: 4 },
  cs_costs: { capabilities: ['retention-cost'], weight: 2 },
  mrr_movements: { capabilities: ['mrr-movements'], weight: 0 },
};

// Stage by the number of areas in place; all six with every core source is the 360-degree view.
const stageByDomainCount: readonly MaturityStage[] = [
  'none',
  'minimal',
  'commercial',
  'customer-success',
  'customer-success',
  'broad',
  'broad',
];

export function assessMaturity(present: ReadonlySet<SourceKind>): DataCoverage['maturity'] {
  const domains = (Object.keys(domainSources) as DataDomain[]).map((domain) => {
    const { required, optional } = domainSources[domain];
    return {
      domain,
      present: required.every((kind) => present.has(kind)),
      kinds: [...required, ...optional].filter((kind) => present.has(kind)),
    };
  });
  const domainCount = domains.filter((d) => d.present).length;
  const presentCore = coreSources.filter((kind) => present.has(kind));
  let stage: MaturityStage = present.has('accounts')
    ? (stageByDomainCount[domainCount] ?? 'broad')
    : 'none';
  if (presentCore.length === coreSources.length) stage = 'full';
  return {
    stage,
    domains,
    score: presentCore.length / coreSources.length,
    present: [...present],
    missing: coreSources.filter((kind) => !present.has(kind)),
  };
}

export function nextImport(present: ReadonlySet<SourceKind>): DataCoverage['nextImport'] {
  const candidates = (Object.keys(unlocks) as SourceKind[])
    .filter((kind) => !present.has(kind) && unlocks[kind].weight > 0)
    // Commissions only mean something once referrals link partners to customers.
    .filter((kind) => kind !== 'commissions' || present.has('referrals'))
    .sort((a, b) => unlocks[b].weight - unlocks[a].weight);
  const best = candidates[0];
  return best ? { kind: best, unlocks: unlocks[best].capabilities } : null;
}
