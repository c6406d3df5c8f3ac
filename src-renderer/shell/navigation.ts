import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { defaultView, viewRegistry } from '../views/registry';
import { viewFromHash, viewHash } from './view-address';

const knownViews = viewRegistry.map((view) => view.id);

/** Opens a view by changing the address, so back, forward and reload all agree with the screen. */
export function navigateTo(view: string): void {
  const hash = viewHash(view);
  if (window.location.hash === hash) useAppStore.getState().navigate(view);
  else window.location.hash = hash;
}

/** Keeps the store's view in step with the address. */
export function useHashNavigation(): void {
  const navigate = useAppStore((state) => state.navigate);
  useEffect(() => {
    const follow = () => navigate(viewFromHash(window.location.hash, knownViews, defaultView));
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [navigate]);
}
