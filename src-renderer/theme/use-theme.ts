import { useEffect, useLayoutEffect } from 'react';
import { useAppStore } from '../state/store';
import { resolveTheme, type ResolvedTheme } from './resolve-theme';

const darkQuery = '(prefers-color-scheme: dark)';

export const systemTheme = (): ResolvedTheme =>
  window.matchMedia(darkQuery).matches ? 'dark' : 'light';

export const useResolvedTheme = (): ResolvedTheme =>
  useAppStore((state) => resolveTheme(state.preferences.theme, state.systemTheme));

/**
 * Puts the theme and language on the document, where the style sheets and assistive technology read
 * them, and follows the system's light or dark setting while the analyst has chosen "system".
 */
export function useDocumentTheme(): void {
  const theme = useResolvedTheme();
  const language = useAppStore((state) => state.preferences.language);
  const setSystemTheme = useAppStore((state) => state.setSystemTheme);

  useEffect(() => {
    const query = window.matchMedia(darkQuery);
    const follow = () => setSystemTheme(query.matches ? 'dark' : 'light');
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [setSystemTheme]);

  // Before paint, so charts that read the theme's colours in their effects see the new ones.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);
}
