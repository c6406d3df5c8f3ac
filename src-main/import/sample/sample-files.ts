import type { SourceKind } from '../../../src-shared/model/sources';

/** The files of the sample, in load order: accounts first, then what refers to them. */
export const sampleFiles = [
  { file: 'hubspot-companies.csv', kind: 'accounts', tool: 'HubSpot companies export' },
  {
    file: 'churnzero-accounts.csv',
    kind: 'accounts',
    tool: 'ChurnZero accounts export (partial: enriches accounts)',
  },
  { file: 'hubspot-contacts.csv', kind: 'contacts', tool: 'HubSpot contacts export' },
  { file: 'stripe-subscriptions.csv', kind: 'subscriptions', tool: 'Stripe subscriptions export' },
  { file: 'stripe-payments.csv', kind: 'payments', tool: 'Stripe payments export' },
  { file: 'zendesk-tickets.csv', kind: 'tickets', tool: 'Zendesk tickets export' },
  { file: 'delighted-nps.csv', kind: 'surveys', tool: 'Delighted NPS responses export' },
  { file: 'typeform-csat.csv', kind: 'surveys', tool: 'Typeform support CSAT responses' },
  {
    file: 'product-usage.csv',
    kind: 'usage',
    tool: 'Product analytics monthly usage (warehouse export)',
  },
  { file: 'partnerstack-partners.csv', kind: 'partners', tool: 'PartnerStack partners export' },
  {
    file: 'partnerstack-referrals.csv',
    kind: 'referrals',
    tool: 'PartnerStack customers and leads export',
  },
  {
    file: 'partnerstack-commissions.csv',
    kind: 'commissions',
    tool: 'PartnerStack rewards export',
  },
  { file: 'cs-costs.csv', kind: 'cs_costs', tool: 'Finance: monthly customer-success cost' },
] as const satisfies readonly { file: string; kind: SourceKind; tool: string }[];

export type SampleFileName = (typeof sampleFiles)[number]['file'];
