import type { Messages } from '../index';

export const channels: Pick<Messages, 'channels'> = {
  channels: {
    title: 'チャネル',
    intro: (asOf: string) =>
      `${asOf} 時点で、顧客がどこから来たか、チャネルごとの顧客がどれだけ続き、支払い、推奨してくれるかを示します。`,
    assumptions: (margin: string, discount: string) =>
      `LTV は粗利率 ${margin}、年間割引率 ${discount} を前提にしています。`,
    leftOut: (currencies: string) =>
      `金額の数値には、換算レートのない ${currencies} で請求された顧客を含めていません。`,
    tableLabel: 'チャネルと紹介なし(基準)の比較',
    baseline: '紹介なし(基準)',
    all: 'すべての顧客',
    columns: {
      channel: 'チャネル',
      customers: '顧客数',
      active: '契約中',
      advocateRate: 'アドボケイト率',
      ltvSbg: 'LTV(sBG)',
      ltvSimple: 'LTV(簡易)',
      churn: '解約率(6か月)',
      nps: 'NPS',
      median: '継続中央値',
      logRank: 'ログランク p',
    },
    months: (n: string) => `${n} か月`,
    notReached: '未到達',
    charts: {
      advocateTitle: 'チャネル別のアドボケイト率',
      advocateDescription: '各チャネルの顧客のうちチャンピオンまたはアドボケイトの割合',
      advocateSummary: (n: string) => `${n} チャネルのアドボケイト率の棒グラフ。`,
      ltvTitle: 'チャネル別の LTV',
      ltvDescription: '顧客あたりの生涯価値:sBG による予測と ARPA ÷ 解約率',
      ltvSummary: (n: string) => `${n} チャネルの 2 種類の LTV の棒グラフ。`,
      kmTitle: 'チャネル別の継続率',
      kmDescription: '初回支払いからの月数ごとの、契約を続けている顧客の割合(カプラン・マイヤー)',
      kmSummary: (n: string) => `${n} チャネルの継続率の階段グラフ。`,
      bands: '95% 信頼帯を表示',
      monthsAxis: '初回支払いからの月数',
      retained: '継続中',
      churnTitle: (channel: string) => `月次解約率:${channel}`,
      churnDescription: '各月に解約した顧客 ÷ 月初に契約中だった顧客',
      churnSummary: (n: string) => `${n} か月分の月次解約率の折れ線。`,
      rate: '解約率',
      trailing: '6 か月平均',
    },
    detail: {
      choose: '表からチャネルを選ぶと、その顧客と月次の解約率が表示されます。',
      customers: (channel: string) => `${channel} から来た顧客`,
    },
  },
};
