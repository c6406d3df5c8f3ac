import type { SourceKind } from './sources';

export type FieldType = 'text' | 'integer' | 'number' | 'date' | 'timestamp' | 'boolean' | 'enum';

export interface CanonicalField {
  name: string;
  type: FieldType;
  /** Part of the table's key: every row must have it. */
  key?: boolean;
  /** Must be present for a row to be useful, besides the key. */
  required?: boolean;
  /** The allowed values of an enum field, as stored. */
  values?: readonly string[];
  /** The table this field points into; a missing target makes the row an orphan, kept and flagged. */
  references?: 'accounts' | 'partners' | 'payments';
  /** The currency column that states this amount's currency. */
  currencyField?: string;
}

export interface CanonicalSource {
  kind: SourceKind;
  fields: readonly CanonicalField[];
  /** The date that places a row in time, for coverage and the as-of date. */
  eventDate?: string;
}

const text = (name: string, extra: Partial<CanonicalField> = {}): CanonicalField => ({
  name,
  type: 'text',
  ...extra,
});
const date = (name: string, extra: Partial<CanonicalField> = {}): CanonicalField => ({
  name,
  type: 'date',
  ...extra,
});
const timestamp = (name: string): CanonicalField => ({ name, type: 'timestamp' });
const num = (name: string, extra: Partial<CanonicalField> = {}): CanonicalField => ({
  name,
  type: 'number',
  ...extra,
});
const int = (name: string): CanonicalField => ({ name, type: 'integer' });
const bool = (name: string): CanonicalField => ({ name, type: 'boolean' });
const oneOf = (
  name: string,
  values: readonly string[],
  extra: Partial<CanonicalField> = {},
): CanonicalField => ({
  name,
  type: 'enum',
  values,
  ...extra,
});
const accountRef = (extra: Partial<CanonicalField> = {}) =>
  text('account_id', { references: 'accounts', ...extra });
const partnerRef = (extra: Partial<CanonicalField> = {}) =>
  text('partner_id', { references: 'partners', ...extra });

export const contactRoles = ['champion', 'decision_maker', 'influencer', 'user'] as const;
export const movementTypes = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export const surveyTypes = ['NPS', 'CSAT', 'CES'] as const;
export const commissionStatuses = ['pending', 'approved', 'paid', 'reversed'] as const;

/**
 * The canonical tables of DESIGN section 2, field by field. The migrations create exactly these
 * columns (a test holds them to it); import maps files onto them; coverage reads them.
 */
export const canonicalSources: Record<SourceKind, CanonicalSource> = {
  accounts: {
    kind: 'accounts',
    eventDate: 'signup_date',
    fields: [
      text('account_id', { key: true }),
      text('name'),
      text('domain'),
      text('industry'),
      text('country'),
      int('employees'),
      text('plan'),
      text('acquisition_channel'),
      date('signup_date'),
      date('churn_date'),
      text('status'),
      text('csm_owner'),
      num('health_score'),
      text('primary_use_case'),
      bool('reference_consent'),
    ],
  },
  contacts: {
    kind: 'contacts',
    eventDate: 'last_activity_date',
    fields: [
      text('contact_id', { key: true }),
      accountRef(),
      text('name'),
      text('email'),
      text('title'),
      oneOf('role', contactRoles),
      bool('is_primary'),
      date('last_activity_date'),
    ],
  },
  subscriptions: {
    kind: 'subscriptions',
    eventDate: 'start_date',
    fields: [
      text('subscription_id', { key: true }),
      accountRef({ required: true }),
      text('plan'),
      date('start_date', { required: true }),
      date('end_date'),
      num('mrr', { currencyField: 'currency' }),
      text('currency'),
      text('billing_interval'),
      text('status'),
      text('cancel_reason'),
    ],
  },
  mrr_movements: {
    kind: 'mrr_movements',
    eventDate: 'date',
    fields: [
      accountRef({ key: true }),
      date('date', { key: true }),
      oneOf('type', movementTypes, { key: true }),
      num('mrr_delta', { currencyField: 'currency' }),
      text('currency'),
      text('plan_from'),
      text('plan_to'),
    ],
  },
  payments: {
    kind: 'payments',
    eventDate: 'paid_at',
    fields: [
      text('payment_id', { key: true }),
      accountRef({ required: true }),
      timestamp('paid_at'),
      num('amount', { required: true, currencyField: 'currency' }),
      text('currency'),
      num('refunded_amount', { currencyField: 'currency' }),
      text('status'),
    ],
  },
  tickets: {
    kind: 'tickets',
    eventDate: 'created_at',
    fields: [
      text('ticket_id', { key: true }),
      accountRef(),
      timestamp('created_at'),
      timestamp('solved_at'),
      text('priority'),
      text('status'),
      text('category'),
      num('satisfaction'),
    ],
  },
  surveys: {
    kind: 'surveys',
    eventDate: 'responded_at',
    fields: [
      text('response_id', { key: true }),
      accountRef(),
      text('contact_email'),
      timestamp('responded_at'),
      oneOf('type', surveyTypes),
      num('score', { required: true }),
      text('comment'),
    ],
  },
  usage: {
    kind: 'usage',
    eventDate: 'period',
    fields: [
      accountRef({ key: true }),
      date('period', { key: true }),
      text('metric', { key: true }),
      num('value'),
    ],
  },
  partners: {
    kind: 'partners',
    eventDate: 'joined_at',
    fields: [
      text('partner_id', { key: true }),
      text('name'),
      text('type'),
      date('joined_at'),
      text('status'),
      text('commission_plan'),
    ],
  },
  referrals: {
    kind: 'referrals',
    eventDate: 'referred_at',
    fields: [
      text('referral_id', { key: true }),
      partnerRef({ required: true }),
      accountRef(),
      date('referred_at'),
      date('converted_at'),
      text('status'),
      text('coupon'),
      text('landing_page'),
    ],
  },
  commissions: {
    kind: 'commissions',
    eventDate: 'created_at',
    fields: [
      text('commission_id', { key: true }),
      partnerRef({ required: true }),
      accountRef(),
      text('payment_id', { references: 'payments' }),
      num('amount', { required: true, currencyField: 'currency' }),
      text('currency'),
      oneOf('status', commissionStatuses),
      date('created_at'),
      date('paid_at'),
    ],
  },
  cs_costs: {
    kind: 'cs_costs',
    eventDate: 'period',
    fields: [
      date('period', { key: true }),
      text('scope', { key: true }),
      num('amount', { required: true, currencyField: 'currency' }),
      text('currency'),
    ],
  },
};

export const keyFields = (kind: SourceKind): string[] =>
  canonicalSources[kind].fields.filter((f) => f.key).map((f) => f.name);
