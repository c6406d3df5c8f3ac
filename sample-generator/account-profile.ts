import { AS_OF_DAY, dayOf, type Moment } from './calendar';
import { channels, partnerReferredShare, type Channel } from './catalog/channels';
import { companyName } from './catalog/company-names';
import {
  countries,
  emptyIndustryShare,
  industries,
  sizeBands,
  type Country,
  type Industry,
  type SizeBand,
} from './catalog/market';
import { csms, digitalCsm, salesOwners } from './catalog/people';
import { plans, useCases, type Plan, type UseCase } from './catalog/product';
import { accountId } from './ids';
import { partnerAccepts, type Coupon, type PartnerProfile } from './partners-model';
import { clamp, sigmoid, type Random } from './random';

export type Currency = 'usd' | 'eur' | 'gbp';
export type BillingInterval = 'month' | 'year';

/** Everything about an account that is decided at signup. */
export interface AccountProfile {
  index: number;
  id: string;
  /** HubSpot's own record id, which the analysis must not mistake for the shared key. */
  recordId: number;
  stripeCustomerId: string;
  name: string;
  domain: string;
  /** Empty when nobody filled it in. */
  industry: string;
  country: Country;
  city: string;
  employees: number;
  channel: string;
  channelDetail: string;
  partner: PartnerProfile | null;
  coupon: Coupon | null;
  signup: Moment;
  /** The latent success score: every outcome in the sample leans on it. */
  quality: number;
  useCase: string;
  csm: string;
  salesOwner: string;
  currency: Currency;
  plan: Plan;
  seats: number;
  interval: BillingInterval;
  /** People who use a flat-fee plan; per-seat plans use their seats. */
  teamSize: number;
  /** Multiplies the monthly churn risk; `earlyHazard` again in the first four months. */
  hazard: number;
  earlyHazard: number;
  refund: number;
  trialConversion: number;
}

/** Signups start three years before the as-of date and grow: three times as many in the last month as in the first. */
export const SIGNUPS_FROM = dayOf('2023-10-01');

export interface ProfileContext {
  accounts: number;
  idWidth: number;
  nameOffset: number;
  roster: readonly PartnerProfile[];
}

export function drawProfile(index: number, rng: Random, context: ProfileContext): AccountProfile {
  // Draws that decide the partner come first and always in the same number, so the rest of the
  // account does not depend on which partners exist (customer-partners.ts relies on that).
  const uReferred = rng.next();
  const uPartner = rng.next();
  const uChannel = rng.next();
  const uDrill = rng.next();
  const uSocial = rng.next();
  const uCoupon = rng.next();

  const signup = signupMoment(index, rng, context.accounts);
  const partner =
    uReferred < partnerReferredShare ? pickPartner(context.roster, signup.day, uPartner) : null;
  let channel: string;
  let channelDetail: string;
  let channelHazard: number;
  let channelQuality: number;
  if (partner) {
    channel = uSocial < partner.socialShare ? 'Social Media' : 'Referrals';
    channelDetail = partner.website;
    channelHazard = partner.hazard;
    channelQuality = partner.quality;
  } else {
    const c = channels[
      pickIndex(
        channels.map((x) => x.weight),
        uChannel,
      )
    ] as Channel;
    channel = c.label;
    channelDetail = c.drillDowns[Math.floor(uDrill * c.drillDowns.length)] as string;
    channelHazard = c.hazard;
    channelQuality = c.quality;
  }
  const coupon = partner?.coupon && uCoupon < partner.coupon.usage ? partner.coupon : null;

  const country = countries[rng.weighted(countries.map((c) => c.weight))] as Country;
  const industry = industries[rng.weighted(industries.map((i) => i.weight))] as Industry;
  const industryEmpty = rng.chance(emptyIndustryShare);
  const bandIndex = clamp(
    rng.weighted(sizeBands.map((b) => b.weight)) + (partner?.sizeShift ?? 0),
    0,
    sizeBands.length - 1,
  );
  const band = sizeBands[bandIndex] as SizeBand;
  const employees = Math.round(Math.exp(rng.between(Math.log(band.min), Math.log(band.max + 1))));
  const plan = plans[rng.weighted(band.planWeights)] as Plan;
  // Seats grow more slowly than headcount: a large company buys for one department, not everyone.
  const seats = plan.perSeat
    ? clamp(
        Math.round(Math.pow(employees, 0.7) * rng.between(0.3, 0.9)),
        plan.minSeats,
        plan.maxSeats,
      )
    : 1;
  const teamSize = clamp(Math.round(employees * rng.between(0.2, 0.6)), 1, 6);
  const useCase = useCases[rng.weighted(useCases.map((u) => u.weight))] as UseCase;
  const pooled = plan.name === 'Starter' || (plan.name === 'Growth' && seats < 10);
  const csm = pooled ? null : csms[rng.int(0, csms.length - 1)];
  const quality =
    channelQuality +
    (industryEmpty ? 0 : industry.quality) +
    useCase.quality +
    (csm?.quality ?? 0) +
    0.9 * rng.normal();
  const currency: Currency =
    country.localCurrency && rng.chance(country.localCurrency.share)
      ? country.localCurrency.code
      : 'usd';
  const yearlyOdds =
    -1.6 + 0.5 * quality + (plan.name === 'Enterprise' ? 2.2 : plan.name === 'Pro' ? 0.7 : 0);
  const named = companyName(index - 1, context.nameOffset, country.locale, country.tld, rng.next());

  return {
    index,
    id: accountId(index, context.idWidth),
    recordId: 9_000_000_000 + index * 40 + rng.int(0, 39),
    stripeCustomerId: `cus_${rng.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}`,
    name: named.name,
    domain: named.domain,
    industry: industryEmpty ? '' : industry.label,
    country,
    city: rng.pick(country.cities),
    employees,
    channel,
    channelDetail,
    partner,
    coupon,
    signup,
    quality,
    useCase: useCase.label,
    csm: csm?.name ?? digitalCsm,
    salesOwner: rng.pick(salesOwners),
    currency,
    plan,
    seats,
    interval: rng.chance(sigmoid(yearlyOdds)) ? 'year' : 'month',
    teamSize,
    hazard: channelHazard,
    earlyHazard: partner?.earlyHazard ?? 1,
    refund: partner?.refund ?? 1,
    trialConversion: partner?.trialConversion ?? 0,
  };
}

/**
 * Account n of N signs up in the n-th slice of the growth curve (density rising linearly from 1 to 3),
 * so account numbers follow signup order as a CRM's record ids do.
 */
function signupMoment(index: number, rng: Random, accounts: number): Moment {
  const u = (index - 1 + rng.next()) / accounts;
  const x = (-1 + Math.sqrt(1 + 8 * u)) / 2;
  const span = AS_OF_DAY - SIGNUPS_FROM + 1;
  const day = Math.min(AS_OF_DAY, SIGNUPS_FROM + Math.floor(x * span));
  const office = rng.chance(0.85);
  const seconds = office ? Math.floor(rng.between(8, 19) * 3600) : rng.int(0, 86_399);
  return { day, seconds };
}

function pickPartner(
  roster: readonly PartnerProfile[],
  day: number,
  u: number,
): PartnerProfile | null {
  let total = 0;
  for (const p of roster) if (p.share > 0 && partnerAccepts(p, day)) total += p.share;
  if (total === 0) return null;
  let rest = u * total;
  for (const p of roster) {
    if (p.share <= 0 || !partnerAccepts(p, day)) continue;
    rest -= p.share;
    if (rest < 0) return p;
  }
  return null;
}

function pickIndex(weights: readonly number[], u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let rest = u * total;
  for (let i = 0; i < weights.length; i++) {
    rest -= weights[i];
    if (rest < 0) return i;
  }
  return weights.length - 1;
}
