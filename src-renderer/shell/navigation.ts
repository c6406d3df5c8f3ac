import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { defaultView, viewRegistry } from '../views/registry';
import { paramFromHash, viewFromHash, viewHash } from './view-address';

const knownViews = viewRegistry.map((view) => view.id);

/** Opens a view by changing the address, so back, forward and reload all agree with the screen. */
export function navigateTo(view: string, param?: string | null): void {
  const hash = viewHash(view, param);
  if (window.location.hash === hash) useAppStore.getState().navigate(view, param ?? null);
  else window.location.hash = hash;
}

/** Goes back to where the analyst was, as the browser's Back does. */
export function navigateBack(): void {
  window.history.back();
}

/** Keeps the store's view in step with the address. */
export function useHashNavigation(): void {
  const navigate = useAppStore((state) => state.navigate);
  useEffect(() => {
    const follow = () => {
      const hash = window.location.hash;
      navigate(viewFromHash(hash, knownViews, defaultView), paramFromHash(hash));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [navigate]);
}
