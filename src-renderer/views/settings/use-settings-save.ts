import { useCallback, useRef, useState } from 'react';
import type { AppError, Result } from '../../../src-shared/result';
import { useMessages } from '../../i18n/use-i18n';
import { useAppStore } from '../../state/store';

/**
 * Saves one settings change at once. On success the analyst hears that it is saved, the header
 * learns that results are out of date, and the Overview's figures (which read the money settings)
 * are read again; `reload` reads the section's own data back from main.
 */
export function useSettingsSave(reload: () => void): {
  save: <T>(request: () => Promise<Result<T>>) => Promise<boolean>;
  error: AppError | null;
} {
  const m = useMessages();
  const announce = useAppStore((state) => state.announce);
  const loadFreshness = useAppStore((state) => state.loadFreshness);
  const loadKeyFigures = useAppStore((state) => state.loadKeyFigures);
  const [error, setError] = useState<AppError | null>(null);
  const save = useCallback(
    async <T>(request: () => Promise<Result<T>>) => {
      const result = await request();
      reload();
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setError(null);
      announce(m.settings.saved);
      void loadFreshness();
      void loadKeyFigures();
      return true;
    },
    [announce, loadFreshness, loadKeyFigures, m, reload],
  );
  return { save, error };
}

/** Reads one request's answer into state, and again whenever `reload` is called. */
export function useLoaded<T>(request: () => Promise<Result<T>>): {
  value: T | null;
  error: AppError | null;
  reload: () => void;
  /** Shows a change at once, before main's answer (read back by `reload`) confirms it. */
  patch: (change: (value: T) => T) => void;
} {
  const [state, setState] = useState<{ value: T | null; error: AppError | null }>({
    value: null,
    error: null,
  });
  // Only the latest read counts: an answer to a read made before a later change would undo it.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const serial = ++latest.current;
    void request().then((result) => {
      if (serial !== latest.current) return;
      setState(
        result.ok ? { value: result.value, error: null } : { value: null, error: result.error },
      );
    });
    // The request is fixed for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const patch = useCallback((change: (value: T) => T) => {
    latest.current++;
    setState((current) =>
      current.value === null ? current : { ...current, value: change(current.value) },
    );
  }, []);
  return { ...state, reload, patch };
}
