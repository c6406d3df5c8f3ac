import type { Messages } from '../index';

export const results: Pick<
  Messages,
  'tiers' | 'statuses' | 'signals' | 'signalHints' | 'roles' | 'common'
> = {
  tiers: {
    champion: 'チャンピオン',
    advocate: 'アドボケイト',
    neutral: 'ニュートラル',
    at_risk: '要注意',
  },
  statuses: {
    active: '契約中',
    churned: '解約済み',
    prospect: '未課金',
  },
  signals: {
    health: 'ヘルススコア',
    nps: 'NPS',
    csat: 'CSAT',
    usageLevel: '利用量',
    usageTrend: '利用の伸び',
    expansion: 'アップセル',
    ltv: '顧客生涯価値',
    friction: 'サポート負荷',
    crc: '維持コスト',
  },
  signalHints: {
    health: 'カスタマーサクセスツールから取り込んだヘルススコア',
    nps: '最新の NPS 回答（0〜10）',
    csat: 'CSAT 回答のうち 4 または 5 の割合',
    usageLevel: '直近 90 日の利用量',
    usageTrend: '直近 90 日とその前の 90 日の利用量の比較',
    expansion: 'これまでのアップグレード・拡張の回数',
    ltv: '予測される顧客生涯価値',
    friction: '契約月あたりのサポートチケット数（少ないほど良い）',
    crc: '月あたりのカスタマーサクセス費用（少ないほど良い）',
  },
  roles: {
    champion: 'チャンピオン',
    decision_maker: '意思決定者',
    influencer: 'インフルエンサー',
    user: 'ユーザー',
  },
  common: {
    yes: 'はい',
    no: 'いいえ',
    none: '—',
    unknown: '不明',
    empty: '（空欄）',
    openAccount: (name: string) => `${name} をカスタマー360で開く`,
    months: (n: string) => `${n} か月`,
    back: '戻る',
  },
};
