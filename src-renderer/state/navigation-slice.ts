import type { SliceCreator } from './store';

/** Which view is shown. The shell keeps it in step with the address (#/view), so reload keeps it. */
export interface NavigationSlice {
  view: string;
  navigate(view: string): void;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = (set) => ({
  view: '',
  navigate: (view) => set({ view }),
});
