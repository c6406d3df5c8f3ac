import type { PresetField } from '../preset-types';
import { accountId, currency, status } from './generic-names';

/** Subscriptions, MRR movements, payments and customer-success costs. */
export const billingSynonyms = {
  subscriptions: [
    {
      field: 'subscription_id',
      headers: [
        'subscription id',
        'subscription',
        'contract id',
        '契約id',
        'サブスクリプションid',
        'id',
      ],
    },
    { field: 'account_id', headers: ['account id metadata', ...accountId] },
    { field: 'plan', headers: ['plan', 'plan tier', 'plan name', 'product', 'tier', 'プラン'] },
    {
      field: 'start_date',
      headers: [
        'start date',
        'start',
        'started at',
        'start utc',
        'begin date',
        '契約開始日',
        '開始日',
      ],
    },
    {
      field: 'end_date',
      headers: [
        'end date',
        'ended at',
        'ended at utc',
        'end',
        'ends at',
        '契約終了日',
        '終了日',
        '解約日',
      ],
    },
    {
      field: 'mrr',
      headers: [
        'mrr',
        'mrr amount',
        'monthly recurring revenue',
        'monthly amount',
        'monthly price',
        '月額',
        '月額料金',
      ],
    },
    { field: 'currency', headers: currency },
    {
      field: 'billing_interval',
      headers: [
        'billing interval',
        'interval',
        'billing frequency',
        'billing period',
        'billing cycle',
        '請求間隔',
        '支払サイクル',
        '請求サイクル',
      ],
    },
    { field: 'status', headers: ['subscription status', ...status] },
    {
      field: 'cancel_reason',
      headers: [
        'cancel reason',
        'cancellation reason',
        'cancellation feedback',
        'churn reason',
        '解約理由',
      ],
    },
    { field: 'churned', headers: ['churn flag', 'churned', 'is churned', '解約フラグ'] },
    { field: 'trial', headers: ['is trial', 'trial', 'trialing', 'トライアル'] },
    { field: 'upgrade', headers: ['upgrade flag', 'upgrade', 'upgraded', 'アップグレード'] },
    {
      field: 'downgrade',
      headers: ['downgrade flag', 'downgrade', 'downgraded', 'ダウングレード'],
    },
    { field: 'arr', headers: ['arr', 'arr amount', 'annual recurring revenue', '年額'] },
  ],
  mrr_movements: [
    { field: 'account_id', headers: accountId },
    { field: 'date', headers: ['date', 'movement date', 'month', 'effective date', '日付', '月'] },
    { field: 'type', headers: ['movement type', 'type', 'movement', 'mrr type', '種別'] },
    {
      field: 'mrr_delta',
      headers: ['mrr delta', 'mrr change', 'delta', 'change', 'amount', '差額', '増減'],
    },
    { field: 'currency', headers: currency },
    {
      field: 'plan_from',
      headers: ['plan from', 'from plan', 'previous plan', 'old plan', '変更前プラン'],
    },
    { field: 'plan_to', headers: ['plan to', 'to plan', 'new plan', '変更後プラン'] },
  ],
  payments: [
    {
      field: 'payment_id',
      headers: [
        'payment id',
        'charge id',
        'transaction id',
        'invoice id',
        'payment',
        '決済id',
        '支払id',
        '請求id',
        'id',
      ],
    },
    { field: 'account_id', headers: ['account id metadata', ...accountId] },
    {
      field: 'paid_at',
      headers: [
        'paid at',
        'payment date',
        'paid on',
        'created utc',
        'created at',
        'created',
        'date',
        '支払日',
        '決済日',
        '入金日',
      ],
    },
    {
      field: 'amount',
      headers: ['amount', 'amount paid', 'paid amount', 'total', '金額', '支払金額', '入金額'],
    },
    { field: 'currency', headers: currency },
    {
      field: 'refunded_amount',
      headers: ['amount refunded', 'refunded amount', 'refunded', 'refund', '返金額'],
    },
    { field: 'status', headers: ['payment status', ...status] },
  ],
  cs_costs: [
    { field: 'period', headers: ['month', 'period', 'date', '月', '期間'] },
    { field: 'scope', headers: ['scope', 'segment', '範囲'] },
    { field: 'amount', headers: ['amount', 'cost', 'cs cost', 'total cost', '金額', '費用'] },
    { field: 'currency', headers: currency },
  ],
} satisfies Record<string, PresetField[]>;
