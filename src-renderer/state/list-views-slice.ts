import type { ListQuery } from '../../src-shared/model/lists';
import type { SliceCreator } from './store';

/**
 * What each list view shows: its query (sort, filters, search), its columns, the row picked and
 * where it was scrolled. Kept here rather than in the view, so that going to another view and back
 * finds the list exactly as it was left.
 */
export interface ListViewState {
  query: ListQuery;
  /** Column ids shown, in order; null for the view's default. */
  columns: string[] | null;
  selected: string | null;
  scrollTop: number;
  /** A view's own choice, such as which tab is open. */
  mode: string | null;
}

export const emptyListView: ListViewState = {
  query: {},
  columns: null,
  selected: null,
  scrollTop: 0,
  mode: null,
};

export interface ListViewsSlice {
  listViews: Record<string, ListViewState>;
  updateListView(id: string, change: Partial<ListViewState>): void;
}

export const createListViewsSlice: SliceCreator<ListViewsSlice> = (set) => ({
  listViews: {},
  updateListView: (id, change) =>
    set((state) => ({
      listViews: {
        ...state.listViews,
        [id]: { ...(state.listViews[id] ?? emptyListView), ...change },
      },
    })),
});
