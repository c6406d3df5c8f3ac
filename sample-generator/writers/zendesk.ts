import { isoInstant } from '../calendar';
import type { CsvValue } from '../csv-writer';
import type { Ticket } from '../feedback-model';

/** Zendesk tickets export, with two custom fields: the shared "Account ID" and a "Category" drop-down. */
export const ticketsHeader = [
  'Id',
  'Subject',
  'Requester',
  'Requester email',
  'Organization',
  'Account ID',
  'Group',
  'Assignee',
  'Status',
  'Priority',
  'Type',
  'Via',
  'Category',
  'Created at',
  'Solved at',
  'Satisfaction Score',
] as const;

const capital = (text: string): string =>
  text ? text.charAt(0).toUpperCase() + text.slice(1) : '';

export interface TicketOrganization {
  name: string;
  accountId: string;
}

export function ticketRow(
  t: Ticket,
  organization: TicketOrganization | null,
  requester?: { name: string; email: string },
): CsvValue[] {
  const person =
    requester ??
    (t.requester
      ? { name: `${t.requester.firstName} ${t.requester.lastName}`, email: t.requester.email }
      : { name: '', email: '' });
  return [
    t.id,
    t.subject,
    person.name,
    person.email,
    organization?.name ?? '',
    organization?.accountId ?? '',
    t.category.group,
    t.assignee,
    capital(t.status),
    capital(t.priority),
    capital(t.category.type),
    t.via,
    t.category.value,
    isoInstant(t.created),
    t.solved ? isoInstant(t.solved) : '',
    capital(t.satisfaction),
  ];
}
