/**
 * One account's metrics at the as-of date, as the analysis computes them.
 * Money is in the workspace's base currency; amounts in a currency without a rate are left out and
 * listed, never mixed.
 */

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** One account's metrics at the as-of date. */
export interface AccountMetrics {
  accountId: string;
  name: string | null;
  status: 'active' | 'churned' | 'prospect';
  /** Has paid at least once: a customer rather than a trial or a lead. */
  paying: boolean;
  reactivated: boolean;
  firstPaidStart: string | null;
  churnDate: string | null;
  tenureMonths: number | null;
  mrr: number | null;
  realisedRevenue: number | null;
  /** True when there is no payment history and revenue is MRR × active months. */
  revenueEstimated: boolean;
  expansionCount: number;
  expansionMrr: number;
  contractionCount: number;
  crcPerMonth: number | null;
  retentionCost: number | null;
  npsLatest: number | null;
  npsCategory: NpsCategory | null;
  npsDate: string | null;
  csatShare: number | null;
  csatResponses: number;
  ticketsPerMonth: number | null;
  urgentShare: number | null;
  usageLevel: number | null;
  usageTrend: number | null;
  healthScore: number | null;
  ltv: number | null;
  channel: string | null;
  partnerId: string | null;
  plan: string | null;
  industry: string | null;
  country: string | null;
  useCase: string | null;
  csm: string | null;
  employees: number | null;
  referenceConsent: boolean | null;
  /** The account is an affiliate partner already (matched by id, name, domain or e-mail). */
  isPartner: boolean;
  excludedCurrencies: string[];
  cluster: number | null;
}

/** A person at an account, as the contacts export lists them. */
export interface AccountContact {
  contactId: string;
  name: string | null;
  email: string | null;
  title: string | null;
  role: string | null;
  isPrimary: boolean;
  lastActivityDate: string | null;
}
