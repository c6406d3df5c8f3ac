import type { AccountProfile } from './account-profile';
import {
  firstNames,
  lastNames,
  asciiSlug,
  buyingRoles,
  type BuyingRole,
  type Name,
} from './catalog/people';
import type { Random } from './random';

export interface Contact {
  recordId: number;
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  /** HubSpot's multi-select "Buying Role": empty, one label, or several joined by ";". */
  buyingRoles: readonly BuyingRole[];
  primary: boolean;
  /** How warmly this person answers surveys, on top of the account's quality. */
  mood: number;
}

const primaryRoles: readonly (readonly BuyingRole[])[] = [
  ['Champion'],
  ['Champion'],
  ['Champion'],
  ['Champion'],
  ['Decision Maker'],
  ['Decision Maker'],
  ['Executive Sponsor'],
  ['Budget Holder'],
  ['Champion', 'Decision Maker'],
  [],
];

const otherRoles: readonly (readonly BuyingRole[])[] = [
  ['End User'],
  ['End User'],
  ['End User'],
  ['End User'],
  ['Influencer'],
  ['Influencer'],
  ['Champion'],
  ['Decision Maker'],
  ['Budget Holder'],
  ['Legal and Compliance'],
  ['Blocker'],
  ['Influencer', 'End User'],
  [],
  [],
  [],
];

const roleMood: Partial<Record<BuyingRole, number>> = {
  Champion: 0.7,
  'Decision Maker': 0.2,
  'Executive Sponsor': 0.3,
  'End User': -0.2,
  Blocker: -1.2,
};

/** The people at an account, as the CRM knows them. Addresses are unique within the account's domain. */
export function drawContacts(
  profile: AccountProfile,
  rng: Random,
  nextRecordId: () => number,
): Contact[] {
  const count = Math.min(8, 1 + rng.poisson(0.5 + 0.45 * Math.log(1 + profile.employees / 10)));
  const locale = profile.country.locale;
  const used = new Set<string>();
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i++) {
    const first = rng.pick(firstNames[locale]) as Name;
    const last = rng.pick(lastNames[locale]) as Name;
    const roles = rng.pick(i === 0 ? primaryRoles : otherRoles);
    const titleRole: BuyingRole = roles[0] ?? rng.pick(['End User', 'Influencer'] as const);
    const style = rng.next();
    const f = asciiSlug(first[1]);
    const l = asciiSlug(last[1]);
    let local = style < 0.65 ? `${f}.${l}` : style < 0.85 ? `${f.charAt(0)}${l}` : f;
    for (let n = 2; used.has(local); n++) local = `${f}.${l}${n}`;
    used.add(local);
    contacts.push({
      recordId: nextRecordId(),
      firstName: first[0],
      lastName: last[0],
      email: `${local}@${profile.domain}`,
      title: rng.chance(0.06) ? '' : rng.pick(buyingRoles[titleRole]),
      buyingRoles: roles,
      primary: i === 0,
      mood: (roles[0] ? (roleMood[roles[0]] ?? 0) : 0) + 0.4 * rng.normal(),
    });
  }
  return contacts;
}
