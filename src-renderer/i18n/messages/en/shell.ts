/** The window around the views: navigation, workspace, preferences and shared widgets. */
export const shell = {
  app: {
    name: 'Advocate Lab',
    tagline: 'Customer success × affiliate analytics',
    skipToContent: 'Skip to main content',
    starting: 'Starting Advocate Lab…',
    unreachableTitle: 'Advocate Lab cannot reach its services',
    unreachableBody:
      'The window is running, but the part that reads your workspace did not answer. Try again, or restart the application.',
    retry: 'Try again',
  },
  nav: {
    label: 'Views',
  },
  views: {
    overview: 'Overview',
    import: 'Import',
  },
  workspace: {
    label: 'Workspace',
    none: 'No workspace open',
    open: 'Open workspace…',
    dialogTitle: 'Open a workspace',
    dialogIntro:
      'A workspace is one file that holds your imported exports and analyses. Pick a recent one, or give the path of a workspace file.',
    dialogIntroChoose:
      'A workspace is one file that holds your imported exports and analyses. Pick a recent one, or choose a workspace file on this computer.',
    byDialog: 'Workspace files',
    chooseOpen: 'Open…',
    chooseCreate: 'New…',
    chooseSaveAs: 'Save As…',
    savedAs: (name: string) => `Saved a copy as ${name}`,
    recent: 'Recent workspaces',
    noRecent: 'No recent workspaces yet.',
    current: 'Open now',
    lastOpened: (when: string) => `Last opened ${when}`,
    byPath: 'Open or create by path',
    pathLabel: 'Workspace file',
    pathPlaceholder: '/path/to/Company.sqlite',
    openPath: 'Open',
    createPath: 'Create new',
    close: 'Close',
    opened: (name: string) => `Opened workspace ${name}`,
    failed: 'The workspace could not be opened',
  },
  preferences: {
    label: 'Preferences',
    language: 'Language',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', system: 'System' },
    languages: { en: 'English', ja: '日本語' },
    themeChanged: (theme: string) => `Theme: ${theme}`,
  },
  jobs: {
    cancel: 'Cancel',
    working: 'Working…',
  },
  chart: {
    savePng: 'Save PNG',
    savePngOf: (title: string) => `Save the chart “${title}” as a PNG image`,
  },
  table: {
    sortBy: (column: string) => `Sort by ${column}`,
    rowCount: (count: string) => `${count} rows`,
    navigationHint: 'Use the arrow keys to move between rows.',
  },
};
