import { offsetTime, spaceTime } from '../calendar';
import type { CsvValue } from '../csv-writer';
import type { SampleAccount } from '../sample-account';

/** Delighted NPS export: the respondent is known only by e-mail, which resolves to an account through contacts. */
export const npsHeader = [
  'Response ID',
  'Email',
  'Name',
  'Score',
  'Comment',
  'Response Timestamp',
  'Delighted Source',
  'Company',
] as const;

export function npsRows(a: SampleAccount): CsvValue[][] {
  return a.feedback.nps.map((r) => [
    r.id,
    r.email,
    `${r.contact.firstName} ${r.contact.lastName}`,
    r.score,
    r.comment,
    offsetTime(r.at),
    'Email',
    a.profile.name,
  ]);
}

export const CSAT_QUESTION = 'How satisfied were you with the help you received?';
export const CSAT_FOLLOW_UP = 'Anything we could have done better?';

/** Typeform responses: one column per question, then the hidden fields the in-app survey passes. */
export const csatHeader = [
  '#',
  CSAT_QUESTION,
  CSAT_FOLLOW_UP,
  'account_id',
  'email',
  'ticket_id',
  'Start Date (UTC)',
  'Submit Date (UTC)',
  'Network ID',
] as const;

export function csatRows(a: SampleAccount): CsvValue[][] {
  return a.feedback.csat.map((r) => [
    r.token,
    r.score,
    r.comment,
    a.profile.id,
    r.contact.email,
    r.ticketId,
    spaceTime(r.started),
    spaceTime(r.submitted),
    r.networkId,
  ]);
}
