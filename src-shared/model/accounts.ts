/**
 * One account as Customer 360 shows it: found by name, id, domain or a contact's e-mail; its
 * profile from the canonical tables with the analysed figures beside it; every touchpoint on one
 * timeline; and its advocate score across analysis runs.
 */

import type { AccountContact, AccountMetrics } from './analysis/accounts';
import type { ReferenceKind, ReferenceOutcome } from './analysis/case-studies';
import type { MovementType } from './analysis/retention';
import type { Tier } from './analysis/score';

/** What a search matched on, in the order matches are ranked. */
export const accountMatchFields = ['id', 'name', 'domain', 'email'] as const;
export type AccountMatchField = (typeof accountMatchFields)[number];

export interface AccountMatch {
  accountId: string;
  name: string | null;
  domain: string | null;
  /** The analysed status when there is one, else the CRM's status as imported. */
  status: string | null;
  tier: Tier | null;
  field: AccountMatchField;
  /** The text that matched: the id, the name, the domain or a contact's e-mail address. */
  matched: string;
  /** Whose e-mail address matched. */
  contactName: string | null;
  /** The whole value matched, not only its beginning. */
  exact: boolean;
}

export interface AccountSearch {
  text: string;
  matches: AccountMatch[];
  /** More accounts begin with the text than are listed. */
  more: boolean;
}

export interface ExtraColumn {
  /** The column's name as imported. */
  column: string;
  value: string;
}

export type RiskDirection = 'high' | 'low';

export interface AccountRiskReason {
  feature: string;
  /** Whether the account is above or below the average account on this feature. */
  direction: RiskDirection;
  effect: number;
  value: number | null;
}

/**
 * The churn risk of an account: scored (an active customer with a model), or why not: churned,
 * never paid, no model, not analysed yet.
 */
export type AccountRisk =
  | { state: 'scored'; probability: number; reasons: AccountRiskReason[] }
  | { state: 'churned' | 'prospect' | 'not-scored' | 'not-analysed' };

export interface AccountProfile {
  accountId: string;
  name: string | null;
  domain: string | null;
  industry: string | null;
  country: string | null;
  employees: number | null;
  /** The running plan when analysed, else the CRM's. */
  plan: string | null;
  channel: string | null;
  csm: string | null;
  useCase: string | null;
  healthScore: number | null;
  /** The CRM's status, as imported. */
  crmStatus: string | null;
  signupDate: string | null;
  crmChurnDate: string | null;
  partner: { partnerId: string; name: string | null } | null;
  /** The columns imported for the account that map to no field, in the order of the file. */
  extra: ExtraColumn[];
  contacts: AccountContact[];
  /** The stored analysis of the account; null before the first analysis or when it was left out. */
  metrics: AccountMetrics | null;
  risk: AccountRisk;
  /** The workspace's base currency, in which analysed money is. */
  currency: string;
  /** True when the canonical accounts table has a row for it (an orphan's account may not). */
  inCrm: boolean;
}

/** One point of an account's score history: recorded when the score moved. */
export interface ScorePoint {
  /** When the analysis that recorded it ran. */
  recordedAt: string;
  asOf: string;
  score: number;
  tier: Tier;
  profile: string;
}

/** The kinds of touchpoint, in the order the filter lists them. */
export const timelineKinds = [
  'account',
  'subscription',
  'planChange',
  'mrr',
  'cancellation',
  'payment',
  'refund',
  'ticket',
  'survey',
  'usage',
  'referral',
  'commission',
  'reference',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

interface EventBase {
  /** Unique within the timeline. */
  key: string;
  /** ISO date, or a timestamp where the source has one. */
  date: string;
}

export interface AccountEvent extends EventBase {
  kind: 'account';
  change: 'signup' | 'churn';
}

export interface SubscriptionEvent extends EventBase {
  kind: 'subscription';
  subscriptionId: string;
  plan: string | null;
  mrr: number | null;
  currency: string | null;
  interval: string | null;
  status: string | null;
  endDate: string | null;
}

/** An MRR movement: a plan change, a cancellation (churn) or any other change of MRR. */
export interface MovementEvent extends EventBase {
  kind: 'planChange' | 'mrr' | 'cancellation';
  movement: MovementType;
  mrrDelta: number | null;
  currency: string;
  planFrom: string | null;
  planTo: string | null;
  /** Why a subscription that ended that day was cancelled, as the billing export says. */
  reason: string | null;
  source: 'derived' | 'imported';
}

export interface PaymentEvent extends EventBase {
  kind: 'payment' | 'refund';
  paymentId: string;
  amount: number | null;
  refunded: number | null;
  currency: string | null;
  status: string | null;
}

export interface TicketEvent extends EventBase {
  kind: 'ticket';
  ticketId: string;
  /** The subject or title, from the export's own columns when it has one. */
  subject: string | null;
  category: string | null;
  priority: string | null;
  status: string | null;
  solvedAt: string | null;
  satisfaction: number | null;
}

export interface SurveyEvent extends EventBase {
  kind: 'survey';
  responseId: string;
  type: 'NPS' | 'CSAT' | 'CES' | null;
  score: number | null;
  comment: string | null;
  contactEmail: string | null;
}

export interface UsageMetricValue {
  metric: string;
  value: number;
  /** The same metric the month before, when there was one. */
  previous: number | null;
}

/** A month of usage: every metric's value (summed over the month when given per day). */
export interface UsageEvent extends EventBase {
  kind: 'usage';
  month: string;
  metrics: UsageMetricValue[];
}

export interface ReferralEvent extends EventBase {
  kind: 'referral';
  referralId: string;
  partnerId: string | null;
  partnerName: string | null;
  convertedAt: string | null;
  status: string | null;
  coupon: string | null;
  landingPage: string | null;
}

export interface CommissionEvent extends EventBase {
  kind: 'commission';
  commissionId: string;
  partnerId: string | null;
  partnerName: string | null;
  amount: number | null;
  currency: string | null;
  status: string | null;
  paidAt: string | null;
}

export interface ReferenceEvent extends EventBase {
  kind: 'reference';
  requestId: number;
  requestKind: ReferenceKind;
  contactName: string | null;
  outcome: ReferenceOutcome;
  note: string | null;
}

export type TimelineEvent =
  | AccountEvent
  | SubscriptionEvent
  | MovementEvent
  | PaymentEvent
  | TicketEvent
  | SurveyEvent
  | UsageEvent
  | ReferralEvent
  | CommissionEvent
  | ReferenceEvent;

export interface AccountTimeline {
  accountId: string;
  /** Newest first. */
  events: TimelineEvent[];
  counts: Record<TimelineKind, number>;
  /** The usage metrics the account has, in name order. */
  usageMetrics: string[];
  /** The date movements were derived up to: the last analysis's as-of date, or today. */
  asOf: string;
  /**
   * Currencies of subscriptions that have no rate: MRR movements mixing them with others cannot be
   * derived without mixing currencies, so none are.
   */
  movementCurrenciesLeftOut: string[];
}
