import type { FileSpec } from '../file-spec';
import { date, lower, number, text, upper } from '../values';

export const partnerstackPartners: FileSpec = {
  file: 'partnerstack-partners.csv',
  kind: 'partners',
  keys: ['partner_id'],
  columns: ['name', 'type', 'joined_at', 'status', 'commission_plan'],
  mapped: ['Partner Key', 'Partner Type', 'Joined At', 'Status', 'Group'],
  map: (r) => ({
    partner_id: text(r['Partner Key']),
    name: text(r['Company']) ?? text([r['First Name'], r['Last Name']].filter(Boolean).join(' ')),
    type: lower(r['Partner Type']),
    joined_at: date(r['Joined At']),
    status: lower(r['Status']),
    commission_plan: text(r['Group']),
  }),
};

export const partnerstackReferrals: FileSpec = {
  file: 'partnerstack-referrals.csv',
  kind: 'referrals',
  keys: ['referral_id'],
  columns: [
    'partner_id',
    'account_id',
    'referred_at',
    'converted_at',
    'status',
    'coupon',
    'landing_page',
  ],
  mapped: [
    'Referral Key',
    'Partner Key',
    'Customer Key',
    'Created At',
    'Converted At',
    'Status',
    'Coupon Code',
    'Landing Page',
  ],
  map: (r) => ({
    referral_id: text(r['Referral Key']),
    partner_id: text(r['Partner Key']),
    account_id: text(r['Customer Key']),
    referred_at: date(r['Created At']),
    converted_at: date(r['Converted At']),
    status: lower(r['Status']),
    coupon: text(r['Coupon Code']),
    landing_page: text(r['Landing Page']),
  }),
};

export const partnerstackCommissions: FileSpec = {
  file: 'partnerstack-commissions.csv',
  kind: 'commissions',
  keys: ['commission_id'],
  columns: [
    'partner_id',
    'account_id',
    'payment_id',
    'amount',
    'currency',
    'status',
    'created_at',
    'paid_at',
  ],
  mapped: [
    'Reward Key',
    'Partner Key',
    'Customer Key',
    'Transaction Key',
    'Amount',
    'Currency',
    'Status',
    'Created At',
    'Paid At',
  ],
  map: (r) => ({
    commission_id: text(r['Reward Key']),
    partner_id: text(r['Partner Key']),
    account_id: text(r['Customer Key']),
    payment_id: text(r['Transaction Key']),
    amount: number(r['Amount']),
    currency: upper(r['Currency']),
    status: lower(r['Status']),
    created_at: date(r['Created At']),
    paid_at: date(r['Paid At']),
  }),
};
