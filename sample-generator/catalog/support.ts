/** Zendesk ticket categories (a custom drop-down field), with the subjects people write. */
export interface TicketCategory {
  value: string;
  type: 'question' | 'incident' | 'problem' | 'task';
  group: string;
  /** Weight for happy accounts, and extra weight for unhappy ones. */
  weight: number;
  unhappyWeight: number;
  subjects: readonly string[];
}

export const ticketCategories: readonly TicketCategory[] = [
  {
    value: 'how_to',
    type: 'question',
    group: 'Support',
    weight: 5,
    unhappyWeight: 1,
    subjects: [
      'How do I share a dashboard with a client?',
      'Filter a report by custom field',
      'Question about user permissions',
      'Can we schedule reports weekly?',
      'Where do I find the API key?',
    ],
  },
  {
    value: 'integration',
    type: 'incident',
    group: 'Technical',
    weight: 2.5,
    unhappyWeight: 2,
    subjects: [
      'Salesforce sync failing since yesterday',
      'HubSpot integration shows stale data',
      'Webhook not firing',
      'Google Sheets connector error "quota exceeded"',
    ],
  },
  {
    value: 'bug',
    type: 'problem',
    group: 'Technical',
    weight: 1.5,
    unhappyWeight: 2.5,
    subjects: [
      'Dashboard times out',
      'Chart shows wrong totals',
      'Export to CSV is empty',
      'Login loop after SSO update',
    ],
  },
  {
    value: 'billing',
    type: 'question',
    group: 'Billing',
    weight: 1.5,
    unhappyWeight: 2,
    subjects: [
      'Invoice needs our VAT number',
      'Charged twice this month?',
      'Change billing contact',
      'Request for refund',
    ],
  },
  {
    value: 'account_access',
    type: 'task',
    group: 'Support',
    weight: 1.2,
    unhappyWeight: 0.5,
    subjects: ['Add a new admin', 'Reset 2FA for a user', 'Transfer ownership of workspace'],
  },
  {
    value: 'feature_request',
    type: 'question',
    group: 'Support',
    weight: 1.2,
    unhappyWeight: 1.5,
    subjects: [
      'Feature request: row-level permissions',
      'Any plans for a Slack digest?',
      'Request: custom fiscal year',
    ],
  },
  {
    value: 'performance',
    type: 'incident',
    group: 'Technical',
    weight: 0.8,
    unhappyWeight: 2,
    subjects: ['Very slow loading today', 'Reports take minutes to refresh'],
  },
  {
    value: 'cancellation',
    type: 'task',
    group: 'Billing',
    weight: 0.2,
    unhappyWeight: 1.5,
    subjects: ['How do we cancel?', 'Downgrade our plan'],
  },
];

export const ticketChannels = ['Email', 'Email', 'Web form', 'Web form', 'Chat', 'API'] as const;

/** NPS comments by category; a few carry commas and quotes, as real comments do. */
export const npsComments = {
  promoter: [
    'Saves our team hours every week.',
    'The dashboards are exactly what we needed.',
    'Support is fast and friendly.',
    'Love the "automations" feature, honestly a game changer.',
    'Easy to set up, and the integrations just work.',
    'Our board meetings run on Brightwave now.',
  ],
  passive: [
    'Good, but reporting could be more flexible.',
    'Solid product. Pricing is a bit high for us.',
    'Does the job; the mobile view needs work.',
    'Fine overall, some charts are slow.',
  ],
  detractor: [
    'Too expensive for what we use.',
    'The Salesforce integration keeps breaking.',
    'Support took days to answer, twice.',
    'Hard to get the team to use it.',
    'Missing basic permissions, we need "view only" users.',
  ],
} as const;

export const npsCommentsJa = {
  promoter: ['とても使いやすいです。', 'ダッシュボードのおかげで会議が短くなりました。'],
  passive: ['良いですが、レポートの自由度がもう少し欲しいです。'],
  detractor: ['価格が高いと感じます。', 'サポートの返信が遅いです。'],
} as const;

export const csatComments = {
  good: ['Quick and clear answer, thanks!', 'Solved on the first reply.', 'Very helpful agent.'],
  bad: [
    'Took too long to get a real answer.',
    'Had to explain the issue three times.',
    'Still not fixed, to be honest.',
  ],
} as const;
