import type { Preset } from '../preset-types';

/** NPS and CSAT survey tools. The survey type is a constant of each export. */
export const surveyPresets: readonly Preset[] = [
  {
    name: 'delighted-nps',
    label: 'Delighted NPS',
    kind: 'surveys',
    signature: ['response timestamp', 'delighted source', 'response id'],
    fields: [
      { field: 'response_id', headers: ['response id'] },
      { field: 'account_id', headers: ['account id', 'customer id'] },
      { field: 'contact_email', headers: ['email'] },
      { field: 'responded_at', headers: ['response timestamp'] },
      { field: 'type', value: 'NPS' },
      { field: 'score', headers: ['score'] },
      { field: 'comment', headers: ['comment'] },
    ],
  },
  {
    name: 'typeform-csat',
    label: 'Typeform CSAT',
    kind: 'surveys',
    signature: ['#', 'submit date utc', 'start date utc', 'network id', '~how satisfied'],
    fields: [
      { field: 'response_id', headers: ['#', 'response id'] },
      { field: 'account_id', headers: ['account id'] },
      { field: 'contact_email', headers: ['email'] },
      { field: 'responded_at', headers: ['submit date utc'] },
      { field: 'type', value: 'CSAT' },
      { field: 'score', headers: ['~how satisfied'] },
      { field: 'comment', headers: ['~anything we could', '~what could we', '~why'] },
    ],
  },
  {
    name: 'nps-survey',
    label: 'NPS survey (Wootric, Satismeter, SurveyMonkey)',
    kind: 'surveys',
    signature: ['nps', 'nps score', '~how likely', 'end user email', 'promoter', 'detractor'],
    fields: [
      { field: 'response_id', headers: ['response id', 'id', 'respondent id'] },
      { field: 'account_id', headers: ['account id', 'customer id', 'company id'] },
      { field: 'contact_email', headers: ['email', 'end user email', 'respondent email'] },
      {
        field: 'responded_at',
        headers: ['created at', 'responded at', 'date', 'submitted at', 'end date'],
      },
      { field: 'type', value: 'NPS' },
      { field: 'score', headers: ['nps score', 'score', 'nps', '~how likely'] },
      { field: 'comment', headers: ['text', 'comment', 'feedback', '~why'] },
    ],
  },
  {
    name: 'csat-survey',
    label: 'CSAT survey',
    kind: 'surveys',
    signature: ['csat', 'csat score', '~how satisfied', 'satisfaction'],
    fields: [
      { field: 'response_id', headers: ['response id', 'id', 'respondent id'] },
      { field: 'account_id', headers: ['account id', 'customer id', 'company id'] },
      { field: 'contact_email', headers: ['email', 'respondent email'] },
      { field: 'responded_at', headers: ['created at', 'responded at', 'date', 'submitted at'] },
      { field: 'type', value: 'CSAT' },
      {
        field: 'score',
        headers: ['csat score', 'csat', 'score', 'satisfaction', '~how satisfied'],
      },
      { field: 'comment', headers: ['comment', 'feedback', 'text'] },
    ],
  },
];
