import type { Messages } from '../index';

export const settings: Pick<Messages, 'settings'> = {
  settings: {
    title: '設定',
    intro:
      'すべての分析が読み込む設定です。変更はその場で保存され、再分析するまで保存済みの結果は古いものとして表示されます。',
    saved: '保存しました。次の分析まで結果は古いままです。',
    failed: '保存できませんでした',
    profiles: {
      title: 'スコアの重みプロファイル',
      intro:
        '各シグナルがアドボケイトスコアにどれだけ効くか。割合は重みを全体の合計で割ったものです。シグナルが欠けているアカウントでは残りの重みで按分し直します。',
      listLabel: 'プロファイル',
      active: '使用中',
      builtIn: '組み込み',
      choose: 'このプロファイルを使う',
      create: '新規プロファイル',
      duplicate: '複製',
      rename: '名前を変更',
      delete: '削除',
      signal: 'シグナル',
      weight: '重み',
      share: '割合',
      builtInNote: '組み込みプロファイルは変更できません。重みを編集するには複製してください。',
      namePrompt: 'プロファイル名',
      newName: (n: number) => `プロファイル ${n}`,
      copyName: (name: string) => `${name} のコピー`,
      renameTitle: (name: string) => `「${name}」の名前を変更`,
      createTitle: '新規プロファイル',
      duplicateTitle: (name: string) => `「${name}」を複製`,
      deleteTitle: (name: string) => `「${name}」を削除しますか？`,
      deleteBody: '使用中のプロファイルを削除すると、組み込みプロファイルでスコアを計算します。',
      confirm: '保存',
      confirmDelete: '削除',
      cancel: 'キャンセル',
    },
    tiers: {
      title: 'ティアのしきい値',
      intro:
        '各ティアの最低アドボケイトスコア。ニュートラルのしきい値を下回るスコアは要注意になります。',
    },
    rule: {
      title: '既定の事例候補ルール',
      intro: '事例候補ビューとコマンドラインが、指定のない限り使うルールです。',
      label: 'ルール',
      words: (r) =>
        [
          r.active ? '契約中の顧客' : '顧客',
          `契約期間 ${r.tenure} か月以上`,
          `NPS 回答 ${r.nps} 以上`,
          `アドボケイトスコア ${r.score} 以上`,
          r.champion ? 'チャンピオンまたは意思決定者の連絡先あり' : null,
          r.consent ? '同意を拒否していない' : null,
          `過去 ${r.asked} 日以内に依頼していない`,
          `過去 ${r.declined} 日以内に辞退していない`,
        ]
          .filter(Boolean)
          .join('、') + '。',
    },
    money: {
      title: '金額',
      intro: 'LTV と ROI の数値の横に必ず表示されます。',
      margin: '粗利率',
      discount: '割引率（年）',
      costTitle: 'カスタマーサクセス費用',
      costMode: '費用の指定方法',
      modes: { none: 'なし', perAccount: 'アカウント月あたり', monthlyTotal: '月額合計' },
      perAccount: (currency: string) => `契約中アカウント 1 か月あたりの費用（${currency}）`,
      monthlyTotal: (currency: string) => `顧客全体の月額費用（${currency}）`,
      allocation: '配分',
      allocations: { equal: '均等', tickets: 'チケット数に応じて' },
      importedCosts:
        'カスタマーサクセス費用（cs_costs）がインポートされています。設定よりそちらが優先されます。',
    },
    currency: {
      title: '通貨',
      intro:
        '金額は基準通貨で表示します。ほかの通貨の金額はレートがある場合だけ計上され、ない場合は除外されます。',
      base: '基準通貨',
      tableLabel: 'データ内の通貨',
      code: '通貨',
      rows: '行数',
      rate: (base: string) => `レート（1 単位あたりの ${base}）`,
      counted: '計上',
      leftOut: '除外（レートなし）',
      isBase: '基準',
      remove: 'レートを削除',
      ratePlaceholder: 'レートなし',
    },
    preferences: {
      title: '言語とテーマ',
    },
    number: {
      invalid: '数値を入力してください。',
      range: (min: string, max: string) => `${min} から ${max} までの数値を入力してください。`,
    },
  },
};
