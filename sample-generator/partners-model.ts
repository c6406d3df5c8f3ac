import { AS_OF_DAY, dayOf, type Day } from './calendar';
import { companyName } from './catalog/company-names';
import {
  commissionPlans,
  partnerArchetypes,
  type PartnerProfile,
} from './catalog/partner-programme';
import { asciiSlug } from './catalog/people';
import { Random } from './random';

export type {
  CommissionPlan,
  Coupon,
  PartnerProfile,
  PartnerType,
} from './catalog/partner-programme';
export { commissionPlans } from './catalog/partner-programme';

/** The long tail of small affiliates takes this share of referred signups, whatever the size. */
const longTailShare = 18;

/**
 * Lead weight of a partner with no customers (a podcast sponsorship), in the units of
 * share × leadsPerSignup of the others.
 */
export const leadOnlyWeight = 12;

export const partnerKey = (rng: Random): string =>
  `part_${rng.chars('0123456789abcdefghijklmnopqrstuvwxyz', 12)}`;

/**
 * Every partner except the customers who became partners (those are found by looking at the accounts,
 * see customer-partners.ts). The long tail grows with the data set, a few partners per thousand
 * accounts, so benchmarks see many partners.
 */
export function basePartnerRoster(seed: number, accounts: number): PartnerProfile[] {
  const rng = Random.stream(seed, 0x70a7);
  const roster: PartnerProfile[] = partnerArchetypes.map((a) => ({
    ...a,
    key: partnerKey(rng),
    joined: dayOf(a.joined),
    archived: a.archived ? dayOf(a.archived) : null,
  }));
  const tail = Math.max(3, Math.round(accounts / 600));
  const first = dayOf('2023-09-01');
  const last = dayOf('2026-06-30');
  for (let i = 0; i < tail; i++) {
    const stem = companyName(i, 40_000 + Math.floor(rng.next() * 5000), 'en', 'com', 1).stem;
    const word = rng.pick(['Media', 'Reviews', 'Digital', 'Growth', 'Insider']);
    const website = `${asciiSlug(stem + word)}.net`;
    const joined = first + Math.floor(rng.next() * (last - first));
    const archived = rng.chance(0.1) ? Math.min(joined + rng.int(120, 400), AS_OF_DAY) : null;
    roster.push({
      key: partnerKey(rng),
      company: `${stem} ${word}`,
      firstName: '',
      lastName: '',
      email: `partners@${website}`,
      website,
      type: 'affiliate',
      plan: rng.chance(0.7) ? commissionPlans.recurring12 : commissionPlans.bounty150,
      status: archived === null ? 'active' : 'archived',
      joined,
      archived,
      share: longTailShare / tail,
      leadsPerSignup: rng.between(0.8, 3),
      hazard: Math.exp(0.35 * rng.normal()),
      earlyHazard: 1,
      quality: 0.2 * rng.normal(),
      refund: rng.between(0.5, 2),
      trialConversion: 0,
      sizeShift: 0,
      coupon: null,
      landingPages: ['/pricing', '/lp/partner'],
      socialShare: 0,
    });
  }
  return roster;
}

/** A partner can refer a signup after joining and before being archived. */
export const partnerAccepts = (partner: PartnerProfile, day: Day): boolean =>
  partner.joined <= day - 3 && (partner.archived === null || day < partner.archived);
