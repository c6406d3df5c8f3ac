import type { FileSpec } from '../file-spec';
import { lower, text, timestamp } from '../values';

/** Zendesk's satisfaction rating as a number: good 1, bad 0; offered or unoffered is no rating. */
const satisfactionScore = (value: string | undefined): number | null => {
  const rating = lower(value);
  return rating === 'good' ? 1 : rating === 'bad' ? 0 : null;
};

export const zendeskTickets: FileSpec = {
  file: 'zendesk-tickets.csv',
  kind: 'tickets',
  keys: ['ticket_id'],
  columns: [
    'account_id',
    'created_at',
    'solved_at',
    'priority',
    'status',
    'category',
    'satisfaction',
  ],
  mapped: ['Id', 'Account ID', 'Created at', 'Solved at', 'Priority', 'Status', 'Category'],
  map: (r) => ({
    ticket_id: text(r['Id']),
    account_id: text(r['Account ID']),
    created_at: timestamp(r['Created at']),
    solved_at: timestamp(r['Solved at']),
    priority: lower(r['Priority']),
    status: lower(r['Status']),
    category: text(r['Category']),
    satisfaction: satisfactionScore(r['Satisfaction Score']),
  }),
};
