import type { Messages } from '../index';

export const analysis: Pick<Messages, 'analysis'> = {
  analysis: {
    analyse: '分析',
    analyseAgain: '再分析',
    analyseNow: '今すぐ分析',
    analysing: '分析しています…',
    cancel: 'キャンセル',
    progressLabel: '分析の進捗',
    phase: (phase: string, share: string) => `${phase}・${share}`,
    upToDate: '結果は最新です',
    analysedAsOf: (date: string) => `${date} 時点`,
    outOfDate: '結果が古くなっています',
    notAnalysed: '未分析',
    failed: '分析に失敗しました',
    finished: '分析が完了しました。すべてのビューに新しい結果が表示されます。',
    cancelled: '分析をキャンセルしました。前回の結果はそのままです。',
    emptyTitle: 'このワークスペースはまだ分析されていません',
    emptyBody:
      '分析では、各アカウントのステータス・売上・アドボケイトスコア、チャネルとパートナーごとの継続率、セグメント、解約リスクを算出します。読み込むのはこのコンピューター上のこのワークスペースだけです。',
    staleTitle: 'この結果は古くなっています',
    staleBody: '前回の分析結果を表示しています。最新にするには再分析してください。',
    offerAfterImport:
      'データが変わりました。今すぐ分析して、アドボケイト・チャネル・パートナーを更新しましょう。',
    phases: {
      'accounts, subscriptions and payments': 'アカウント・サブスクリプション・支払いを読み込み中',
      tickets: 'サポートチケットを読み込み中',
      surveys: 'アンケート回答を読み込み中',
      usage: 'プロダクト利用状況を読み込み中',
      'partners and commissions': 'パートナーとコミッションを読み込み中',
      'customer-success cost': 'カスタマーサクセス費用を配分中',
      'lifetime models': '顧客生涯モデルを推定中',
      'advocate scores': 'アドボケイトスコアを算出中',
      channels: 'チャネルを比較中',
      partners: 'パートナーを評価中',
      'retention curves': '継続率曲線を作成中',
      segments: 'セグメントと共通要因を探索中',
      clusters: 'アカウントをクラスタリング中',
      'churn risk': '解約リスクをモデル化中',
      'writing results': '結果を書き込み中',
      done: '完了',
    },
    reasons: {
      notAnalysed: 'ワークスペースはまだ分析されていません。',
      dataChanged: '分析後にデータがインポートまたは取り消されました。',
      profileMissing: (profile: string) => `スコアプロファイル「${profile}」は削除されています。`,
      profileChanged: (active: string, profile: string) =>
        `有効なスコアプロファイルは「${active}」ですが、結果は「${profile}」で算出されています。`,
      settingsChanged:
        '分析後に設定（重み・ティア・粗利率・割引率・為替レート・費用）が変更されました。',
    },
  },
};
