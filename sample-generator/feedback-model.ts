import type { AccountProfile } from './account-profile';
import type { ActivityMonth } from './activity';
import { AS_OF_DAY, later, type Moment } from './calendar';
import { supportAgents } from './catalog/people';
import {
  csatComments,
  npsComments,
  npsCommentsJa,
  ticketCategories,
  ticketChannels,
  type TicketCategory,
} from './catalog/support';
import type { Contact } from './contacts-model';
import type { IdFactory } from './ids';
import type { Lifecycle } from './lifecycle';
import { clamp, sigmoid, type Random } from './random';

export type Priority = 'low' | 'normal' | 'high' | 'urgent' | '';
export type TicketStatus = 'new' | 'open' | 'pending' | 'solved' | 'closed';
export type Satisfaction = 'good' | 'bad' | 'offered' | 'unoffered';

export interface Ticket {
  id: number;
  subject: string;
  requester: Contact | null;
  category: TicketCategory;
  priority: Priority;
  status: TicketStatus;
  via: string;
  created: Moment;
  solved: Moment | null;
  satisfaction: Satisfaction;
  assignee: string;
}

export interface NpsResponse {
  id: number;
  contact: Contact;
  /** The address as the respondent's mail client sent it; a few differ in case from the CRM's. */
  email: string;
  score: number;
  comment: string;
  at: Moment;
}

export interface CsatResponse {
  token: string;
  contact: Contact;
  score: number;
  comment: string;
  ticketId: number;
  started: Moment;
  submitted: Moment;
  networkId: string;
}

export interface Feedback {
  tickets: Ticket[];
  nps: NpsResponse[];
  csat: CsatResponse[];
}

const officeSeconds = (rng: Random): number => Math.floor(rng.between(7.5, 19.5) * 3600);

/**
 * Support tickets, NPS answers and support CSAT. Unhappy accounts (low quality, or about to churn)
 * file more tickets, more of them urgent, and score lower.
 */
export function drawFeedback(
  profile: AccountProfile,
  lifecycle: Lifecycle,
  months: readonly ActivityMonth[],
  contacts: readonly Contact[],
  rng: Random,
  ids: IdFactory,
): Feedback {
  const tickets: Ticket[] = [];
  const csat: CsatResponse[] = [];
  const q = profile.quality;
  for (const m of months) {
    const preChurn = m.monthsToChurn !== null && m.monthsToChurn <= 2;
    const team = m.subscription.plan.perSeat ? m.subscription.seats : profile.teamSize;
    const rate =
      0.16 *
      Math.exp(-0.4 * q) *
      (1 + 0.25 * Math.log(Math.max(1, team / 5))) *
      (m.monthsIn === 0 ? 1.6 : 1) *
      (preChurn ? 1.8 : 1) *
      m.fraction;
    const count = rng.poisson(rate);
    // Days first, in order, so that ticket ids follow creation as Zendesk's do.
    const days = Array.from({ length: count }, () => rng.int(m.firstDay, m.lastDay)).sort(
      (a, b) => a - b,
    );
    for (const day of days) {
      const ticket = drawTicket(
        rng,
        ids,
        contacts,
        { day, seconds: officeSeconds(rng) },
        sigmoid(-1.2 * q - 0.5 + (preChurn ? 1 : 0)),
        q,
      );
      tickets.push(ticket);
      const response = ticket.solved && rng.chance(0.1) ? drawCsat(rng, ticket, q, contacts) : null;
      if (response) csat.push(response);
    }
  }
  return { tickets, nps: drawNps(profile, lifecycle, contacts, rng, ids), csat };
}

function drawTicket(
  rng: Random,
  ids: IdFactory,
  contacts: readonly Contact[],
  created: Moment,
  unhappy: number,
  q: number,
): Ticket {
  const category = ticketCategories[
    rng.weighted(ticketCategories.map((c) => c.weight + 2 * c.unhappyWeight * unhappy))
  ] as TicketCategory;
  const p = rng.next();
  const urgent = 0.03 + 0.12 * unhappy;
  const high = urgent + 0.1 + 0.15 * unhappy;
  const priority: Priority =
    p < urgent
      ? 'urgent'
      : p < high
        ? 'high'
        : p < high + 0.22
          ? 'low'
          : p < high + 0.25
            ? ''
            : 'normal';
  const hours =
    { urgent: 4, high: 10, normal: 22, low: 40, '': 30 }[priority] *
    (category.group === 'Technical' ? 1.6 : 1);
  let solved: Moment | null = later(created, 600 + rng.exponential(hours * 3600));
  const age = AS_OF_DAY - created.day;
  let status: TicketStatus;
  if (solved.day > AS_OF_DAY || (age < 7 && rng.chance(0.6))) {
    solved = null;
    status = rng.pick(['new', 'open', 'open', 'pending', 'pending'] as const);
  } else status = age < 30 && rng.chance(0.75) ? 'solved' : 'closed';
  let satisfaction: Satisfaction = 'unoffered';
  if (solved && rng.chance(0.45)) {
    const answered = rng.chance(0.55);
    const good = sigmoid(
      1.5 + 0.9 * q - (priority === 'urgent' ? 1.2 : 0) - (category.type === 'problem' ? 0.8 : 0),
    );
    satisfaction = !answered ? 'offered' : rng.chance(good) ? 'good' : 'bad';
  }
  const primary = contacts[0];
  return {
    id: ids.sequence('zendesk', 10_001),
    subject: rng.pick(category.subjects),
    requester: primary && rng.chance(0.5) ? primary : (rng.pick(contacts) ?? null),
    category,
    priority,
    status,
    via: rng.pick(ticketChannels),
    created,
    solved,
    satisfaction,
    assignee: rng.pick(supportAgents),
  };
}

function drawCsat(
  rng: Random,
  ticket: Ticket,
  q: number,
  contacts: readonly Contact[],
): CsatResponse | null {
  const solved = ticket.solved as Moment;
  const score = Math.round(
    clamp(3.9 + 0.6 * q - (ticket.priority === 'urgent' ? 0.8 : 0) + 0.8 * rng.normal(), 1, 5),
  );
  const started = later(solved, 600 + rng.exponential(20 * 3600));
  const submitted = later(started, rng.int(20, 240));
  const comments = score >= 4 ? csatComments.good : csatComments.bad;
  const comment = rng.chance(0.3) ? rng.pick(comments) : '';
  const token = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
  const networkId = rng.chars('0123456789abcdef', 10);
  if (submitted.day > AS_OF_DAY) return null;
  return {
    token,
    contact: ticket.requester ?? (contacts[0] as Contact),
    score,
    comment,
    ticketId: ticket.id,
    started,
    submitted,
    networkId,
  };
}

/** Delighted sends the primary contact (and sometimes a colleague) a survey every six months. */
function drawNps(
  profile: AccountProfile,
  lifecycle: Lifecycle,
  contacts: readonly Contact[],
  rng: Random,
  ids: IdFactory,
): NpsResponse[] {
  const responses: NpsResponse[] = [];
  const q = profile.quality;
  const japanese = profile.country.locale === 'ja';
  for (const spell of lifecycle.spells) {
    if (spell.paidStart === null) continue;
    const stop = spell.end ?? AS_OF_DAY + 1;
    const churnDay = spell.end ?? spell.scheduledEnd;
    for (
      let day = spell.paidStart + rng.int(75, 105);
      day < stop && day <= AS_OF_DAY;
      day += rng.int(172, 192)
    ) {
      const recipients =
        contacts.length > 1 && rng.chance(0.6)
          ? [contacts[0], rng.pick(contacts.slice(1))]
          : [contacts[0]];
      for (const contact of recipients) {
        if (!contact || !rng.chance(contact.primary ? 0.45 : 0.3)) continue;
        const at = later({ day, seconds: officeSeconds(rng) }, rng.exponential(1.5 * 86_400));
        if (at.day > AS_OF_DAY) continue;
        const leaving = churnDay !== null && churnDay - at.day <= 100;
        const score = Math.round(
          clamp(7.2 + 1.8 * q + contact.mood + rng.normal() - (leaving ? 2.2 : 0), 0, 10),
        );
        const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
        const pool = japanese && rng.chance(0.7) ? npsCommentsJa[category] : npsComments[category];
        responses.push({
          id: ids.sequence('delighted', 81_000_001),
          contact,
          email: rng.chance(0.03) ? capitalised(contact.email) : contact.email,
          score,
          comment: rng.chance(0.45) ? rng.pick(pool) : '',
          at,
        });
      }
    }
  }
  return responses;
}

/** `Jane.Doe@Acme.com`, as some mail clients send an address the CRM holds in lower case. */
function capitalised(email: string): string {
  return email.replace(
    /(^|[.@])([a-z])/g,
    (_all, sep: string, letter: string) => sep + letter.toUpperCase(),
  );
}
