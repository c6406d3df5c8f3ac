import type { PresetField } from '../preset-types';
import { accountId, partnerId, currency, status, firstLast } from './generic-names';

/** Affiliate partners, their referrals and commissions. */
export const partnerSynonyms = {
  partners: [
    { field: 'partner_id', headers: [...partnerId, 'id'] },
    {
      field: 'name',
      headers: [
        'partner name',
        'affiliate name',
        'company',
        'company name',
        'name',
        'パートナー名',
      ],
      join: firstLast,
    },
    { field: 'type', headers: ['partner type', 'type', '種別'] },
    {
      field: 'joined_at',
      headers: [
        'joined at',
        'joined',
        'join date',
        'created at',
        'signup date',
        '登録日',
        '参加日',
      ],
    },
    { field: 'status', headers: status },
    {
      field: 'commission_plan',
      headers: ['commission plan', 'group', 'campaign', 'program', 'plan', '報酬プラン'],
    },
  ],
  referrals: [
    {
      field: 'referral_id',
      headers: [
        'referral id',
        'referral key',
        'referral',
        'lead id',
        'conversion id',
        '紹介id',
        'id',
      ],
    },
    { field: 'partner_id', headers: partnerId },
    { field: 'account_id', headers: [...accountId, 'customer key'] },
    {
      field: 'referred_at',
      headers: [
        'referred at',
        'created at',
        'created',
        'click date',
        'lead date',
        'date',
        '紹介日',
      ],
    },
    {
      field: 'converted_at',
      headers: ['converted at', 'conversion date', 'converted', 'became conversion at', '成約日'],
    },
    { field: 'status', headers: status },
    { field: 'coupon', headers: ['coupon', 'coupon code', 'promo code', 'クーポン'] },
    {
      field: 'landing_page',
      headers: ['landing page', 'landing page url', 'link', 'url', 'ランディングページ'],
    },
  ],
  commissions: [
    {
      field: 'commission_id',
      headers: [
        'commission id',
        'reward key',
        'reward id',
        'commission',
        '報酬id',
        'コミッションid',
        'id',
      ],
    },
    { field: 'partner_id', headers: partnerId },
    { field: 'account_id', headers: [...accountId, 'customer key'] },
    {
      field: 'payment_id',
      headers: [
        'payment id',
        'transaction key',
        'transaction id',
        'sale id',
        'charge id',
        'invoice id',
      ],
    },
    {
      field: 'amount',
      headers: ['amount', 'commission amount', 'reward amount', '報酬額', '金額'],
    },
    { field: 'currency', headers: currency },
    { field: 'status', headers: status },
    { field: 'created_at', headers: ['created at', 'created', 'date', '発生日'] },
    { field: 'paid_at', headers: ['paid at', 'payout date', 'paid on', '支払日'] },
  ],
} satisfies Record<string, PresetField[]>;
