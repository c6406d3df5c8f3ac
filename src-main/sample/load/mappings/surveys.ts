import { CSAT_FOLLOW_UP, CSAT_QUESTION } from '../../writers/surveys';
import type { FileSpec } from '../file-spec';
import { lower, number, text, timestamp } from '../values';

/** Delighted knows respondents by e-mail only; the contact with that address gives the account. */
export const delightedNps: FileSpec = {
  file: 'delighted-nps.csv',
  kind: 'surveys',
  keys: ['response_id'],
  columns: ['account_id', 'contact_email', 'responded_at', 'type', 'score', 'comment'],
  mapped: ['Response ID', 'Email', 'Response Timestamp', 'Score', 'Comment'],
  map: (r, lookup) => {
    const email = lower(r['Email']);
    return {
      response_id: text(r['Response ID']),
      account_id: email === null ? null : lookup.accountOfEmail(email),
      contact_email: email,
      responded_at: timestamp(r['Response Timestamp']),
      type: 'NPS',
      score: number(r['Score']),
      comment: text(r['Comment']),
    };
  },
};

/** The in-app CSAT form passes the account as a hidden field; the e-mail is the fallback. */
export const typeformCsat: FileSpec = {
  file: 'typeform-csat.csv',
  kind: 'surveys',
  keys: ['response_id'],
  columns: ['account_id', 'contact_email', 'responded_at', 'type', 'score', 'comment'],
  mapped: ['#', 'account_id', 'email', 'Submit Date (UTC)', CSAT_QUESTION, CSAT_FOLLOW_UP],
  map: (r, lookup) => {
    const email = lower(r['email']);
    return {
      response_id: text(r['#']),
      account_id: text(r['account_id']) ?? (email === null ? null : lookup.accountOfEmail(email)),
      contact_email: email,
      responded_at: timestamp(r['Submit Date (UTC)']),
      type: 'CSAT',
      score: number(r[CSAT_QUESTION]),
      comment: text(r[CSAT_FOLLOW_UP]),
    };
  },
};
