/**
 * The app's views in navigation order, with the key that opens each one with Ctrl (⌘ on a Mac).
 * The native menu and the window's own shortcuts both read this list, so they always agree.
 */
export const appViews = [
  { id: 'overview', key: '1' },
  { id: 'import', key: '2' },
  { id: 'advocates', key: '3' },
  { id: 'case-studies', key: '4' },
  { id: 'customer-360', key: '5' },
  { id: 'channels', key: '6' },
  { id: 'affiliates', key: '7' },
  { id: 'segments', key: '8' },
  { id: 'at-risk', key: '9' },
  { id: 'scenarios', key: '0' },
  { id: 'goals', key: 'G' },
  { id: 'settings', key: ',' },
] as const;

export type ViewId = (typeof appViews)[number]['id'];

export const viewIds: readonly ViewId[] = appViews.map((v) => v.id);

export const isViewId = (id: string): id is ViewId => (viewIds as readonly string[]).includes(id);

/** The key, with Ctrl or ⌘, that opens a view. */
export const viewKey = (id: ViewId): string => appViews.find((v) => v.id === id)?.key ?? '';
