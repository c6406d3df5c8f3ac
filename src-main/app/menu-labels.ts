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
  overview: 'Overview',
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
  overview: '概要',
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
