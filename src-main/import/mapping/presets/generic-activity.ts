import type { PresetField } from '../preset-types';
import { accountId, status } from './generic-names';

/** Support tickets, survey answers and product usage. */
export const activitySynonyms = {
  tickets: [
    {
      field: 'ticket_id',
      headers: [
        'ticket id',
        'ticket',
        'case id',
        'case number',
        'conversation id',
        'チケットid',
        '問い合わせid',
        '問合せ番号',
        'id',
      ],
    },
    { field: 'account_id', headers: [...accountId, 'organization id', 'organization'] },
    {
      field: 'created_at',
      headers: [
        'created at',
        'created',
        'submitted at',
        'opened at',
        'date created',
        '作成日時',
        '作成日',
        '受付日',
        '起票日',
      ],
    },
    {
      field: 'solved_at',
      headers: [
        'solved at',
        'closed at',
        'resolved at',
        'solved',
        'closed',
        '解決日時',
        '解決日',
        '完了日',
      ],
    },
    { field: 'priority', headers: ['priority', '優先度'] },
    { field: 'status', headers: ['ticket status', ...status] },
    { field: 'category', headers: ['category', 'type', 'topic', 'カテゴリ', '分類', '種別'] },
    {
      field: 'satisfaction',
      headers: [
        'satisfaction score',
        'satisfaction',
        'satisfaction rating',
        'csat',
        'rating',
        '満足度',
      ],
    },
  ],
  surveys: [
    {
      field: 'response_id',
      headers: ['response id', 'survey response id', 'response', '回答id', 'id'],
    },
    { field: 'account_id', headers: accountId },
    {
      field: 'contact_email',
      headers: ['email', 'e mail', 'respondent email', 'person email', 'メール', 'メールアドレス'],
    },
    {
      field: 'responded_at',
      headers: [
        'responded at',
        'response timestamp',
        'submitted at',
        'submit date utc',
        'submit date',
        'date',
        'created at',
        '回答日時',
        '回答日',
      ],
    },
    { field: 'type', headers: ['survey type', 'type', '種別'] },
    {
      field: 'score',
      headers: [
        'score',
        'nps score',
        'nps',
        'csat score',
        'csat',
        'ces',
        'rating',
        'スコア',
        '点数',
        '評価',
        '~how likely',
        '~how satisfied',
        '~how easy',
      ],
    },
    {
      field: 'comment',
      headers: ['comment', 'comments', 'feedback', 'reason', 'コメント', '自由回答', '理由'],
    },
  ],
  usage: [
    { field: 'account_id', headers: accountId },
    {
      field: 'period',
      headers: [
        'period',
        'month',
        'date',
        'day',
        'usage date',
        'usage month',
        '日付',
        '期間',
        '月',
      ],
    },
    {
      field: 'metric',
      headers: ['metric', 'feature', 'feature name', 'event', 'event name', '機能', '指標'],
    },
    {
      field: 'value',
      headers: ['value', 'count', 'usage count', 'events', 'total', '値', '回数', '利用回数'],
    },
    { field: 'subscription_id', headers: ['subscription id', 'subscription', '契約id'] },
  ],
} satisfies Record<string, PresetField[]>;
