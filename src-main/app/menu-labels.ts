import type { ViewId } from '../../src-shared/model/views';
import type { Language } from '../../src-shared/model/workspace';

const en = {
  file: 'File',
  newWorkspace: 'New Workspace…',
  openWorkspace: 'Open Workspace…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Workspaces',
  saveAs: 'Save Workspace As…',
  importFiles: 'Import Files…',
  view: 'View',
  views: {
    overview: 'Overview',
    import: 'Import',
    advocates: 'Advocates',
    'case-studies': 'Case studies',
    'customer-360': 'Customer 360',
    channels: 'Channels',
    affiliates: 'Affiliates',
    segments: 'Segments',
    'at-risk': 'At risk',
    scenarios: 'Scenarios',
    goals: 'Goals',
    settings: 'Settings',
  } satisfies Record<ViewId, string>,
  analysis: 'Analysis',
  analyse: 'Analyse',
  findAccount: 'Find Account…',
  toggleTheme: 'Toggle Light/Dark Theme',
  help: 'Help',
  about: 'About Advocate Lab',
  workspaceFilter: 'Advocate Lab workspace',
  csvFilter: 'CSV exports',
  openFailed: 'The workspace could not be opened',
};

const ja: typeof en = {
  file: 'ファイル',
  newWorkspace: '新規ワークスペース…',
  openWorkspace: 'ワークスペースを開く…',
  openRecent: '最近使ったワークスペース',
  noRecent: '最近使ったワークスペースはありません',
  saveAs: '名前を付けてワークスペースを保存…',
  importFiles: 'ファイルをインポート…',
  view: '表示',
  views: {
    overview: '概要',
    import: 'インポート',
    advocates: 'アドボケイト',
    'case-studies': '導入事例',
    'customer-360': 'カスタマー360',
    channels: 'チャネル',
    affiliates: 'アフィリエイト',
    segments: 'セグメント',
    'at-risk': '解約リスク',
    scenarios: 'シナリオ',
    goals: '目標',
    settings: '設定',
  },
  analysis: '分析',
  analyse: '分析を実行',
  findAccount: 'アカウントを検索…',
  toggleTheme: 'ライト/ダークテーマを切り替え',
  help: 'ヘルプ',
  about: 'Advocate Lab について',
  workspaceFilter: 'Advocate Lab ワークスペース',
  csvFilter: 'CSV エクスポート',
  openFailed: 'ワークスペースを開けませんでした',
};

export type MenuLabels = typeof en;

/** The native menu's words; the renderer's own table covers everything inside the window. */
export const menuLabels = (language: Language): MenuLabels => (language === 'ja' ? ja : en);
