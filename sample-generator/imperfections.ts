import { AS_OF_DAY, minuteTime, offsetTime, type Moment } from './calendar';
import { firstNames, lastNames, asciiSlug } from './catalog/people';
import { ticketCategories, type TicketCategory } from './catalog/support';
import type { CsvValue } from './csv-writer';
import type { Ticket } from './feedback-model';
import { accountId, type IdFactory } from './ids';
import type { Random } from './random';
import { ticketRow } from './writers/zendesk';

/**
 * The flaws real exports have, planted in known numbers so tests can find them: tickets from
 * organisations the CRM does not know (orphans), contacts with no company, and NPS answers from
 * addresses no contact has.
 */
export interface PlantedImperfections {
  orphanTickets: number;
  contactsWithoutAccount: number;
  unknownNpsEmails: number;
}

export function plantedImperfections(accounts: number): PlantedImperfections {
  return {
    orphanTickets: Math.max(3, Math.round(accounts / 400)),
    contactsWithoutAccount: Math.max(1, Math.round(accounts / 1500)),
    unknownNpsEmails: Math.max(2, Math.round(accounts / 1000)),
  };
}

/** How many of `total` items go with account `index` of `accounts`, spread evenly. */
export function plantedAt(total: number, index: number, accounts: number): number {
  return Math.floor((index * total) / accounts) - Math.floor(((index - 1) * total) / accounts);
}

const organizations = [
  'Fabrikam Trading',
  'Contoso Freight',
  'Tailspin Studios',
  'Wingtip Toys',
  'Litware Health',
  'Adatum Finance',
  'Proseware Labs',
  'Northbeam Retail',
] as const;

/** A ticket from an organisation whose account id is not in the CRM (signed up after the export, or deleted). */
export function orphanTicketRow(
  n: number,
  accounts: number,
  width: number,
  near: Moment,
  rng: Random,
  ids: IdFactory,
): CsvValue[] {
  const name = organizations[n % organizations.length] as string;
  const category = rng.pick(ticketCategories) as TicketCategory;
  const created = {
    day: Math.min(AS_OF_DAY, near.day + rng.int(0, 20)),
    seconds: rng.int(28_000, 66_000),
  };
  const solved =
    created.day + 2 <= AS_OF_DAY ? { day: created.day + 1, seconds: created.seconds } : null;
  const ticket: Ticket = {
    id: ids.sequence('zendesk', 10_001),
    subject: rng.pick(category.subjects),
    requester: null,
    category,
    priority: 'normal',
    status: solved ? 'closed' : 'open',
    via: 'Email',
    created,
    solved,
    satisfaction: 'unoffered',
    assignee: 'Ben Carter',
  };
  const slug = asciiSlug(name);
  return ticketRow(
    ticket,
    { name, accountId: accountId(accounts + 1 + n, width) },
    { name: 'Operations', email: `ops@${slug}.com` },
  );
}

/** Someone outside the CRM, with an address no one else in the sample has. */
function stranger(rng: Random, ids: IdFactory): { first: string; last: string; email: string } {
  const first = rng.pick(firstNames.en);
  const last = rng.pick(lastNames.en);
  const n = ids.sequence('stranger', 11);
  return {
    first: first[0],
    last: last[0],
    email: `${asciiSlug(first[1])}${asciiSlug(last[1])}${n}@gmail.com`,
  };
}

/** A contact in the CRM with no company: a freelancer from a webinar, say. */
export function contactWithoutAccountRow(near: Moment, rng: Random, ids: IdFactory): CsvValue[] {
  const person = stranger(rng, ids);
  const created = {
    day: Math.min(AS_OF_DAY, near.day + rng.int(0, 10)),
    seconds: rng.int(30_000, 60_000),
  };
  return [
    51_000_000_000 + ids.sequence('hubspot-contact') * 13,
    person.first,
    person.last,
    person.email,
    'Freelance consultant',
    '',
    'false',
    'Lead',
    minuteTime(created),
    minuteTime(created),
    '',
    '',
  ];
}

/** An NPS answer from an address no contact has: a survey forwarded to a colleague. */
export function unknownNpsRow(near: Moment, rng: Random, ids: IdFactory): CsvValue[] {
  const person = stranger(rng, ids);
  const at = {
    day: Math.min(AS_OF_DAY, near.day + rng.int(30, 90)),
    seconds: rng.int(30_000, 60_000),
  };
  return [
    ids.sequence('delighted', 81_000_001),
    person.email,
    `${person.first} ${person.last}`,
    rng.int(3, 10),
    '',
    offsetTime(at),
    'Email',
    '',
  ];
}
