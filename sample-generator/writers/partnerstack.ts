import { isoDate } from '../calendar';
import { money, type CsvValue } from '../csv-writer';
import type { Commission, Referral } from '../partner-activity';
import type { PartnerProfile } from '../partners-model';

export const SITE = 'https://www.brightwave.io';

/** PartnerStack partners export, with the terms of each partner's group. */
export const partnersHeader = [
  'Partner Key',
  'First Name',
  'Last Name',
  'Email',
  'Company',
  'Partner Type',
  'Group',
  'Status',
  'Joined At',
  'Website',
  'Commission Type',
  'Commission Rate',
  'Commission Duration',
] as const;

export function partnerRow(p: PartnerProfile): CsvValue[] {
  const plan = p.plan;
  return [
    p.key,
    p.firstName,
    p.lastName,
    p.email,
    p.company,
    p.type,
    plan.group,
    p.status,
    isoDate(p.joined),
    p.website,
    plan.kind,
    plan.kind === 'flat' ? money(plan.rate) : String(Math.round(plan.rate * 100)),
    plan.firstPaymentOnly
      ? 'first payment'
      : plan.months === null
        ? 'lifetime'
        : `${plan.months} months`,
  ];
}

/** PartnerStack customers and leads: leads that never signed up have no customer key. */
export const referralsHeader = [
  'Referral Key',
  'Partner Key',
  'Customer Key',
  'Email',
  'Status',
  'Created At',
  'Converted At',
  'Coupon Code',
  'Landing Page',
] as const;

export function referralRow(r: Referral): CsvValue[] {
  return [
    r.key,
    r.partner.key,
    r.accountId ?? '',
    r.email,
    r.status,
    isoDate(r.created),
    r.converted === null ? '' : isoDate(r.converted),
    r.coupon,
    SITE + r.landingPage,
  ];
}

/** PartnerStack rewards: one commission per qualifying payment, in major units. */
export const commissionsHeader = [
  'Reward Key',
  'Partner Key',
  'Customer Key',
  'Transaction Key',
  'Amount',
  'Currency',
  'Status',
  'Description',
  'Created At',
  'Paid At',
] as const;

export function commissionRow(c: Commission): CsvValue[] {
  return [
    c.key,
    c.partner.key,
    c.accountId,
    c.chargeId,
    money(c.amount),
    c.currency,
    c.status,
    c.description,
    isoDate(c.created),
    c.paid === null ? '' : isoDate(c.paid),
  ];
}
