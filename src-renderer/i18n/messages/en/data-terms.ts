import type { Capability, DataDomain, MaturityStage } from '../../../../src-shared/model/coverage';
import type { SourceKind } from '../../../../src-shared/model/sources';

/** The names of the data the analyst imports, and of what it makes possible. */
export const dataTerms = {
  sources: {
    accounts: 'Accounts',
    contacts: 'Contacts',
    subscriptions: 'Subscriptions',
    mrr_movements: 'MRR movements',
    payments: 'Payments',
    tickets: 'Support tickets',
    surveys: 'Surveys',
    usage: 'Product usage',
    partners: 'Partners',
    referrals: 'Referrals',
    commissions: 'Commissions',
    cs_costs: 'Customer-success costs',
  } satisfies Record<SourceKind, string>,
  capabilities: {
    'master-data': 'Master data for every account',
    'champion-contacts': 'Champion and decision-maker contacts',
    'mrr-and-churn': 'MRR, churn and tenure',
    'mrr-movements': 'Expansion and contraction history',
    'realised-revenue': 'Realised revenue and refunds',
    'support-friction': 'Support friction',
    'nps-and-csat': 'NPS and CSAT',
    'usage-trend': 'Usage level and trend',
    'partner-report': 'Affiliate partner report',
    'commission-scenarios': 'Commission scenarios',
    'retention-cost': 'Customer retention cost',
  } satisfies Record<Capability, string>,
  stages: {
    none: { name: 'No data yet', description: 'Nothing imported so far.' },
    minimal: { name: 'Minimal master data', description: 'Who your customers are.' },
    commercial: { name: 'Commercial view', description: 'Plus what they pay.' },
    'customer-success': {
      name: 'Customer-success view',
      description: 'Plus how they are served and what they say.',
    },
    broad: { name: 'Broad view', description: 'Most areas of the customer relationship.' },
    full: { name: '360-degree view', description: 'Every core source, for every account.' },
  } satisfies Record<MaturityStage, { name: string; description: string }>,
  domains: {
    master: 'Master data',
    billing: 'Billing',
    support: 'Support',
    voice: 'Customer voice',
    product: 'Product usage',
    partners: 'Partners',
  } satisfies Record<DataDomain, string>,
};
