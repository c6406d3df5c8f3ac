import type { SliceCreator } from './store';

/**
 * Which view is shown, and its parameter (the account Customer 360 shows, say). The shell keeps
 * them in step with the address (#/view/param), so reload and the browser's Back keep them; each
 * view keeps its own filters and scroll in its slice, so coming back finds them as they were.
 */
export interface NavigationSlice {
  view: string;
  viewParam: string | null;
  /** The view shown before this one, for a Back button. */
  previousView: string | null;
  navigate(view: string, param?: string | null): void;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set, get) => ({
  view: '',
  viewParam: null,
  previousView: null,
  navigate: (view, param = null) => {
    const current = get().view;
    if (current === view && get().viewParam === param) return;
    set({
      view,
      viewParam: param,
      previousView: current === view ? get().previousView : current || null,
    });
  },
});
