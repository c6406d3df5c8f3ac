import type { Day } from '../calendar';

export type PartnerType = 'affiliate' | 'reseller' | 'influencer' | 'customer';

/** A commission plan as the partner platform's groups define them. */
export interface CommissionPlan {
  group: string;
  kind: 'percent' | 'flat';
  /** A fraction for percent plans, an amount in USD for flat ones. */
  rate: number;
  /** Months after conversion that payments earn a commission; null for lifetime. */
  months: number | null;
  firstPaymentOnly: boolean;
}

export const commissionPlans = {
  recurring12: {
    group: 'Affiliates – 20% recurring, 12 months',
    kind: 'percent',
    rate: 0.2,
    months: 12,
    firstPaymentOnly: false,
  },
  firstPayment30: {
    group: 'Deal sites – 30% of first payment',
    kind: 'percent',
    rate: 0.3,
    months: null,
    firstPaymentOnly: true,
  },
  bounty150: {
    group: 'Bounty – $150 per new customer',
    kind: 'flat',
    rate: 150,
    months: null,
    firstPaymentOnly: true,
  },
  resellerLifetime: {
    group: 'Resellers – 25% recurring, lifetime',
    kind: 'percent',
    rate: 0.25,
    months: null,
    firstPaymentOnly: false,
  },
  customerReferral: {
    group: 'Customer referral – 20% recurring, 12 months',
    kind: 'percent',
    rate: 0.2,
    months: 12,
    firstPaymentOnly: false,
  },
} as const satisfies Record<string, CommissionPlan>;

export interface Coupon {
  code: string;
  percentOff: number;
  months: number;
  /** Share of the partner's referrals that arrive with the coupon. */
  usage: number;
}

/** How a partner's referred customers behave, relative to customers nobody referred. */
export interface PartnerProfile {
  key: string;
  company: string;
  firstName: string;
  lastName: string;
  email: string;
  website: string;
  type: PartnerType;
  plan: CommissionPlan;
  status: 'active' | 'archived';
  joined: Day;
  archived: Day | null;
  /** Weight among referred signups. */
  share: number;
  /** Leads that never convert, per referred signup. */
  leadsPerSignup: number;
  /** Multiplies the monthly churn risk, and again in the first four months. */
  hazard: number;
  earlyHazard: number;
  quality: number;
  /** Multiplies the chance that the first payment is refunded. */
  refund: number;
  /** Shifts the log-odds of converting from trial. */
  trialConversion: number;
  /** Shifts the size band of referred companies (resellers bring bigger ones). */
  sizeShift: number;
  coupon: Coupon | null;
  landingPages: readonly string[];
  /** Share of the partner's referrals that HubSpot attributes to social media rather than referrals. */
  socialShare: number;
}

export type PartnerArchetype = Omit<PartnerProfile, 'key' | 'joined' | 'archived'> & {
  joined: string;
  archived?: string;
};

const person = (first: string, last: string) => ({ firstName: first, lastName: last });

/**
 * The designed partners: two that send customers who churn fast (one of them with a high refund
 * rate), two that send excellent long-lived customers, a partner with leads and no customers, an
 * archived one, and a few small ones whose handful of referrals makes shrinkage matter.
 */
export const partnerArchetypes: readonly PartnerArchetype[] = [
  {
    company: 'GrowthStack Media',
    ...person('Hannah', 'Reed'),
    email: 'partners@growthstackmedia.com',
    website: 'growthstackmedia.com',
    type: 'affiliate',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2023-07-12',
    share: 16,
    leadsPerSignup: 1.6,
    hazard: 1.0,
    earlyHazard: 1,
    quality: 0,
    refund: 1,
    trialConversion: 0,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/blog/best-ops-dashboards', '/pricing', '/templates/kpi-dashboard'],
    socialShare: 0,
  },
  {
    company: 'SaaS Deals Hub',
    ...person('Victor', 'Lange'),
    email: 'deals@saasdealshub.com',
    website: 'saasdealshub.com',
    type: 'affiliate',
    plan: commissionPlans.firstPayment30,
    status: 'active',
    joined: '2023-09-04',
    share: 14,
    leadsPerSignup: 3.5,
    hazard: 2.4,
    earlyHazard: 1.8,
    quality: -0.8,
    refund: 14,
    trialConversion: -0.7,
    sizeShift: -1,
    coupon: { code: 'SDH40', percentOff: 40, months: 3, usage: 0.9 },
    landingPages: ['/deals/saasdealshub'],
    socialShare: 0,
  },
  {
    company: 'CashbackNest',
    ...person('Ivy', 'Moreno'),
    email: 'affiliates@cashbacknest.com',
    website: 'cashbacknest.com',
    type: 'affiliate',
    plan: commissionPlans.bounty150,
    status: 'active',
    joined: '2024-02-19',
    share: 10,
    leadsPerSignup: 2.8,
    hazard: 2.3,
    earlyHazard: 1.6,
    quality: -0.6,
    refund: 2,
    trialConversion: -0.4,
    sizeShift: -1,
    coupon: { code: 'NEST25', percentOff: 25, months: 2, usage: 0.7 },
    landingPages: ['/lp/cashback-offer', '/pricing'],
    socialShare: 0,
  },
  {
    company: 'Northwind Consulting',
    ...person('Margaret', 'Olsen'),
    email: 'alliances@northwind-consulting.com',
    website: 'northwind-consulting.com',
    type: 'reseller',
    plan: commissionPlans.resellerLifetime,
    status: 'active',
    joined: '2023-06-01',
    share: 10,
    leadsPerSignup: 0.4,
    hazard: 0.35,
    earlyHazard: 1,
    quality: 0.8,
    refund: 0.3,
    trialConversion: 1.0,
    sizeShift: 1,
    coupon: null,
    landingPages: ['/partners/northwind'],
    socialShare: 0,
  },
  {
    company: 'Ops Academy',
    ...person('Derek', 'Vance'),
    email: 'derek@opsacademy.tv',
    website: 'opsacademy.tv',
    type: 'influencer',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2024-01-10',
    share: 9,
    leadsPerSignup: 2.0,
    hazard: 0.65,
    earlyHazard: 1,
    quality: 0.5,
    refund: 0.8,
    trialConversion: 0.3,
    sizeShift: 0,
    coupon: { code: 'OPSACADEMY', percentOff: 10, months: 12, usage: 0.6 },
    landingPages: ['/ops-academy', '/templates/ops-review'],
    socialShare: 0.5,
  },
  {
    company: 'The Ops Letter',
    ...person('Maya', 'Chen'),
    email: 'maya@theopsletter.com',
    website: 'theopsletter.com',
    type: 'influencer',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2024-05-06',
    share: 6,
    leadsPerSignup: 1.5,
    hazard: 0.8,
    earlyHazard: 1,
    quality: 0.3,
    refund: 1,
    trialConversion: 0.2,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/newsletter/opsletter'],
    socialShare: 0.3,
  },
  {
    company: 'Pipeline Partners',
    ...person('Omar', 'Haddad'),
    email: 'omar@pipelinepartners.io',
    website: 'pipelinepartners.io',
    type: 'reseller',
    plan: commissionPlans.resellerLifetime,
    status: 'active',
    joined: '2024-03-11',
    share: 7,
    leadsPerSignup: 0.8,
    hazard: 0.9,
    earlyHazard: 1,
    quality: 0.1,
    refund: 1,
    trialConversion: 0.4,
    sizeShift: 1,
    coupon: null,
    landingPages: ['/partners/pipeline'],
    socialShare: 0,
  },
  {
    company: 'LeadFlow Agency',
    ...person('Chris', 'Dalton'),
    email: 'partnerships@leadflow.agency',
    website: 'leadflow.agency',
    type: 'affiliate',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2024-07-22',
    share: 6,
    leadsPerSignup: 1.8,
    hazard: 1.5,
    earlyHazard: 1.2,
    quality: -0.2,
    refund: 1.5,
    trialConversion: 0,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/lp/agency-reporting'],
    socialShare: 0,
  },
  {
    company: 'StackReview',
    ...person('Paula', 'Ferreira'),
    email: 'affiliates@stackreview.net',
    website: 'stackreview.net',
    type: 'affiliate',
    plan: commissionPlans.bounty150,
    status: 'active',
    joined: '2023-11-15',
    share: 6,
    leadsPerSignup: 2.2,
    hazard: 1.1,
    earlyHazard: 1,
    quality: 0,
    refund: 1.2,
    trialConversion: 0,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/compare/stackreview', '/pricing'],
    socialShare: 0,
  },
  {
    company: 'Brightline Digital',
    ...person('Sam', 'Whitaker'),
    email: 'sam@brightlinedigital.co',
    website: 'brightlinedigital.co',
    type: 'affiliate',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2025-01-13',
    share: 4,
    leadsPerSignup: 1.2,
    hazard: 1.0,
    earlyHazard: 1,
    quality: 0.05,
    refund: 1,
    trialConversion: 0,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/lp/brightline'],
    socialShare: 0,
  },
  {
    company: 'TechTalk Podcast',
    ...person('Jules', 'Bernard'),
    email: 'sponsor@techtalkpodcast.fm',
    website: 'techtalkpodcast.fm',
    type: 'influencer',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2025-06-02',
    share: 0,
    leadsPerSignup: 0,
    hazard: 1,
    earlyHazard: 1,
    quality: 0,
    refund: 1,
    trialConversion: 0,
    sizeShift: 0,
    coupon: { code: 'TECHTALK', percentOff: 20, months: 2, usage: 0.8 },
    landingPages: ['/podcast'],
    socialShare: 0,
  },
  {
    company: 'Alpha Affiliates Network',
    ...person('Rick', 'Stone'),
    email: 'ops@alphaaffiliates.net',
    website: 'alphaaffiliates.net',
    type: 'affiliate',
    plan: commissionPlans.bounty150,
    status: 'archived',
    joined: '2023-08-21',
    archived: '2024-06-30',
    share: 5,
    leadsPerSignup: 2.5,
    hazard: 1.8,
    earlyHazard: 1.3,
    quality: -0.4,
    refund: 3,
    trialConversion: -0.3,
    sizeShift: -1,
    coupon: null,
    landingPages: ['/lp/alpha'],
    socialShare: 0,
  },
  {
    company: 'QuickCash Deals',
    ...person('Troy', 'Mills'),
    email: 'troy@quickcashdeals.biz',
    website: 'quickcashdeals.biz',
    type: 'affiliate',
    plan: commissionPlans.bounty150,
    status: 'active',
    joined: '2024-09-02',
    share: 1.2,
    leadsPerSignup: 4,
    hazard: 4,
    earlyHazard: 2,
    quality: -1,
    refund: 8,
    trialConversion: -0.1,
    sizeShift: -1,
    coupon: { code: 'QUICK50', percentOff: 50, months: 1, usage: 1 },
    landingPages: ['/deals/quickcash'],
    socialShare: 0,
  },
  {
    company: 'Ledger & Co Advisory',
    ...person('Helen', 'Ashford'),
    email: 'helen@ledgerandco.com',
    website: 'ledgerandco.com',
    type: 'reseller',
    plan: commissionPlans.resellerLifetime,
    status: 'active',
    joined: '2024-04-15',
    share: 0.9,
    leadsPerSignup: 0.3,
    hazard: 0.3,
    earlyHazard: 1,
    quality: 0.9,
    refund: 0.2,
    trialConversion: 1.2,
    sizeShift: 1,
    coupon: null,
    landingPages: ['/partners/ledgerandco'],
    socialShare: 0,
  },
  {
    company: '',
    ...person('Dana', 'Whitfield'),
    email: 'dana.whitfield@gmail.com',
    website: 'danawhitfield.substack.com',
    type: 'influencer',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2025-02-03',
    share: 0.9,
    leadsPerSignup: 2,
    hazard: 1.0,
    earlyHazard: 1,
    quality: 0,
    refund: 1,
    trialConversion: 0,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/blog/ops-metrics'],
    socialShare: 0.6,
  },
  {
    company: 'Nordic SaaS Club',
    ...person('Ingrid', 'Lund'),
    email: 'ingrid@nordicsaas.club',
    website: 'nordicsaas.club',
    type: 'affiliate',
    plan: commissionPlans.recurring12,
    status: 'active',
    joined: '2024-10-07',
    share: 0.9,
    leadsPerSignup: 1,
    hazard: 0.7,
    earlyHazard: 1,
    quality: 0.2,
    refund: 1,
    trialConversion: 0.2,
    sizeShift: 0,
    coupon: null,
    landingPages: ['/lp/nordic'],
    socialShare: 0,
  },
];
