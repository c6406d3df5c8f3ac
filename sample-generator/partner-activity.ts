import type { AccountProfile } from './account-profile';
import { addMonths, AS_OF_DAY, firstDayOfMonth, monthOfDay, type Day } from './calendar';
import { partnerReferredShare } from './catalog/channels';
import { firstNames, lastNames, asciiSlug } from './catalog/people';
import type { Contact } from './contacts-model';
import type { IdFactory } from './ids';
import type { Lifecycle } from './lifecycle';
import { leadOnlyWeight, partnerAccepts, type PartnerProfile } from './partners-model';
import type { Random } from './random';

export type ReferralStatus = 'lead' | 'trialing' | 'signed_up' | 'converted';

export interface Referral {
  key: string;
  partner: PartnerProfile;
  accountId: string | null;
  email: string;
  status: ReferralStatus;
  created: Day;
  converted: Day | null;
  coupon: string;
  landingPage: string;
}

export interface Commission {
  key: string;
  partner: PartnerProfile;
  accountId: string;
  chargeId: string;
  amount: number;
  currency: string;
  status: 'pending' | 'approved' | 'paid' | 'reversed';
  created: Day;
  paid: Day | null;
  description: string;
}

/** The referral of a partner-referred account. */
export function drawReferral(
  profile: AccountProfile,
  lifecycle: Lifecycle,
  contacts: readonly Contact[],
  rng: Random,
  ids: IdFactory,
): Referral | null {
  const partner = profile.partner;
  if (!partner) return null;
  const status: ReferralStatus =
    lifecycle.firstPaid !== null
      ? 'converted'
      : lifecycle.status === 'Trial'
        ? 'trialing'
        : 'signed_up';
  return {
    key: ids.short('ref_', rng),
    partner,
    accountId: profile.id,
    email: contacts[0]?.email ?? '',
    status,
    created: Math.max(partner.joined, profile.signup.day - rng.int(0, 21)),
    converted: lifecycle.firstPaid,
    coupon: profile.coupon?.code ?? '',
    landingPage: rng.pick(partner.landingPages),
  };
}

/** Partner weights for leads that never convert, and the expected number of them per account. */
export interface LeadPlan {
  weights: number[];
  perAccount: number;
}

export function leadPlan(roster: readonly PartnerProfile[]): LeadPlan {
  const weights = roster.map((p) =>
    p.share > 0
      ? p.share * p.leadsPerSignup
      : p.leadsPerSignup === 0 && p.share === 0
        ? leadOnlyWeight
        : 0,
  );
  const shares = roster.reduce((sum, p) => sum + p.share, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  return { weights, perAccount: (partnerReferredShare * total) / shares };
}

/** Leads that clicked a partner's link or used a coupon around this account's signup, and never signed up. */
export function drawLeads(
  day: Day,
  roster: readonly PartnerProfile[],
  plan: LeadPlan,
  rng: Random,
  ids: IdFactory,
): Referral[] {
  const leads: Referral[] = [];
  const count = rng.poisson(plan.perAccount);
  for (let i = 0; i < count; i++) {
    const partner = roster[rng.weighted(plan.weights)] as PartnerProfile;
    const created = Math.min(AS_OF_DAY, day + rng.int(-15, 15));
    const locale = rng.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'hi'] as const);
    const first = asciiSlug(rng.pick(firstNames[locale])[1]);
    const last = asciiSlug(rng.pick(lastNames[locale])[1]);
    const mailbox = rng.pick([
      'gmail.com',
      'gmail.com',
      'outlook.com',
      'yahoo.com',
      'proton.me',
      'icloud.com',
    ]);
    const email = `${first}.${last}${rng.int(1, 99)}@${mailbox}`;
    const useCoupon = partner.coupon !== null && rng.chance(partner.coupon.usage * 0.6);
    const landingPage = rng.pick(partner.landingPages);
    const key = ids.short('ref_', rng);
    if (!partnerAccepts(partner, created)) continue;
    leads.push({
      key,
      partner,
      accountId: null,
      email,
      status: 'lead',
      created,
      converted: null,
      coupon: useCoupon && partner.coupon ? partner.coupon.code : '',
      landingPage,
    });
  }
  return leads;
}

/**
 * Commissions per the partner's plan on every payment of a referred account: pending during a 30-day
 * hold, approved, then paid with the next monthly payout. A fully refunded payment reverses its
 * commission; a partial refund reduces it.
 */
export function drawCommissions(
  profile: AccountProfile,
  lifecycle: Lifecycle,
  rng: Random,
  ids: IdFactory,
): Commission[] {
  const partner = profile.partner;
  if (!partner || lifecycle.firstPaid === null) return [];
  const plan = partner.plan;
  const until = plan.months === null ? null : addMonths(lifecycle.firstPaid, plan.months);
  const commissions: Commission[] = [];
  for (const charge of lifecycle.charges) {
    if (charge.status !== 'paid') continue;
    if (plan.firstPaymentOnly && !charge.first) continue;
    if (until !== null && charge.at.day >= until) continue;
    if (partner.archived !== null && charge.at.day >= partner.archived) continue;
    const reversed = charge.refunded >= charge.amount;
    const net = charge.amount - charge.refunded;
    const amount =
      plan.kind === 'flat'
        ? plan.rate
        : Math.round(plan.rate * (reversed ? charge.amount : net) * 100) / 100;
    const created = charge.at.day;
    const approved = created + 30;
    const payout = firstDayOfMonth(monthOfDay(approved) + 1);
    const status = reversed
      ? 'reversed'
      : approved > AS_OF_DAY
        ? 'pending'
        : payout > AS_OF_DAY
          ? 'approved'
          : 'paid';
    const percent = `${Math.round(plan.rate * 100)}%`;
    commissions.push({
      key: ids.short('rwd_', rng),
      partner,
      accountId: profile.id,
      chargeId: charge.id,
      amount,
      currency: plan.kind === 'flat' ? 'USD' : charge.currency.toUpperCase(),
      status,
      created,
      paid: status === 'paid' ? payout : null,
      description:
        plan.kind === 'flat'
          ? 'New customer bounty'
          : plan.firstPaymentOnly
            ? `${percent} of first payment`
            : `${percent} recurring`,
    });
  }
  return commissions;
}
