import type { Messages } from '../index';

export const shell: Pick<
  Messages,
  'app' | 'nav' | 'views' | 'workspace' | 'preferences' | 'jobs' | 'chart' | 'table'
> = {
  app: {
    name: 'Advocate Lab',
    tagline: 'カスタマーサクセス × アフィリエイト分析',
    skipToContent: 'メインコンテンツへ移動',
    starting: 'Advocate Lab を起動しています…',
    unreachableTitle: 'Advocate Lab のサービスに接続できません',
    unreachableBody:
      'ウィンドウは動作していますが、ワークスペースを読み込む処理から応答がありません。もう一度お試しいただくか、アプリケーションを再起動してください。',
    retry: '再試行',
  },
  nav: {
    label: 'ビュー',
  },
  views: {
    overview: '概要',
    import: 'インポート',
  },
  workspace: {
    label: 'ワークスペース',
    none: 'ワークスペースが開かれていません',
    open: 'ワークスペースを開く…',
    dialogTitle: 'ワークスペースを開く',
    dialogIntro:
      'ワークスペースは、取り込んだエクスポートと分析結果をまとめた 1 つのファイルです。最近使ったものを選ぶか、ファイルのパスを入力してください。',
    dialogIntroChoose:
      'ワークスペースは、取り込んだエクスポートと分析結果をまとめた 1 つのファイルです。最近使ったものを選ぶか、このコンピューター上のワークスペースファイルを選んでください。',
    byDialog: 'ワークスペースファイル',
    chooseOpen: '開く…',
    chooseCreate: '新規作成…',
    chooseSaveAs: '名前を付けて保存…',
    savedAs: (name: string) => `「${name}」として保存しました`,
    recent: '最近使ったワークスペース',
    noRecent: '最近使ったワークスペースはまだありません。',
    current: '表示中',
    lastOpened: (when: string) => `最終利用 ${when}`,
    byPath: 'パスを指定して開く・作成する',
    pathLabel: 'ワークスペースファイル',
    pathPlaceholder: '/path/to/Company.sqlite',
    openPath: '開く',
    createPath: '新規作成',
    close: '閉じる',
    opened: (name: string) => `ワークスペース「${name}」を開きました`,
    failed: 'ワークスペースを開けませんでした',
  },
  preferences: {
    label: '環境設定',
    language: '言語',
    theme: 'テーマ',
    themes: { light: 'ライト', dark: 'ダーク', system: 'システム' },
    languages: { en: 'English', ja: '日本語' },
    themeChanged: (theme: string) => `テーマ: ${theme}`,
  },
  jobs: {
    cancel: 'キャンセル',
    working: '処理中…',
  },
  chart: {
    savePng: 'PNG で保存',
    savePngOf: (title: string) => `グラフ「${title}」を PNG 画像として保存`,
  },
  table: {
    sortBy: (column: string) => `${column}で並べ替え`,
    rowCount: (count: string) => `${count} 行`,
    navigationHint: '矢印キーで行を移動できます。',
  },
};
