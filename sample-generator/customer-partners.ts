import { AS_OF_DAY } from './calendar';
import { IdFactory } from './ids';
import { commissionPlans, partnerKey, type PartnerProfile } from './partners-model';
import { Random } from './random';
import { buildAccount, type AccountContext, type SampleAccount } from './sample-account';

/**
 * Customers who became partners: early, thriving accounts that nobody referred, whose champion now
 * refers others. Their partner record carries the champion's e-mail, which is how an analyst can see
 * that an advocate is already a partner.
 */
export interface CustomerPartner {
  partner: PartnerProfile;
  accountIndex: number;
}

export function findCustomerPartners(
  context: Omit<AccountContext, 'ids'>,
  wanted = 3,
): CustomerPartner[] {
  const rng = Random.stream(context.seed, 0xc057);
  const found: CustomerPartner[] = [];
  const starts = [0.04, 0.12, 0.2, 0.28];
  for (const start of starts) {
    if (found.length >= wanted) break;
    const from = Math.max(1, Math.round(context.accounts * start));
    const to = Math.min(context.accounts, from + Math.max(50, Math.round(context.accounts / 12)));
    for (let index = from; index <= to; index++) {
      const account = buildAccount(index, { ...context, ids: new IdFactory() });
      if (!isThrivingAndUnreferred(account)) continue;
      found.push({ partner: customerPartner(account, rng), accountIndex: index });
      break;
    }
  }
  return found;
}

function isThrivingAndUnreferred(a: SampleAccount): boolean {
  const champion = a.contacts[0];
  return (
    a.profile.partner === null &&
    a.lifecycle.status === 'Active' &&
    a.lifecycle.firstPaid !== null &&
    a.lifecycle.firstPaid <= AS_OF_DAY - 450 &&
    a.profile.quality > 0.9 &&
    champion !== undefined &&
    champion.buyingRoles.includes('Champion')
  );
}

function customerPartner(a: SampleAccount, rng: Random): PartnerProfile {
  const champion = a.contacts[0];
  if (!champion || a.lifecycle.firstPaid === null)
    throw new Error('a customer partner needs a champion and a paid start');
  return {
    key: partnerKey(rng),
    company: a.profile.name,
    firstName: champion.firstName,
    lastName: champion.lastName,
    email: champion.email,
    website: a.profile.domain,
    type: 'customer',
    plan: commissionPlans.customerReferral,
    status: 'active',
    joined: Math.min(AS_OF_DAY - 150, a.lifecycle.firstPaid + 270),
    archived: null,
    share: 1.5,
    leadsPerSignup: 0.6,
    hazard: 0.5,
    earlyHazard: 1,
    quality: 0.6,
    refund: 0.5,
    trialConversion: 0.6,
    sizeShift: 0,
    coupon: null,
    landingPages: [`/refer/${a.profile.id.toLowerCase()}`],
    socialShare: 0,
  };
}
