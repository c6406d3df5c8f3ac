import { useCallback, useEffect, useState } from 'react';
import type { GoalProgress } from '../../../src-shared/model/goals';
import type { AppError } from '../../../src-shared/result';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';

/** Every goal with its progress, read again whenever an analysis writes new results. */
export function useGoals(): {
  goals: GoalProgress[] | null;
  error: AppError | null;
  reload(): void;
} {
  const version = useAppStore((state) => state.resultsVersion);
  const [state, setState] = useState<{ goals: GoalProgress[] | null; error: AppError | null }>({
    goals: null,
    error: null,
  });
  const [serial, setSerial] = useState(0);
  useEffect(() => {
    let current = true;
    void api.invoke('goals:list', {}).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { goals: result.value, error: null } : { goals: null, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [version, serial]);
  const reload = useCallback(() => setSerial((n) => n + 1), []);
  return { ...state, reload };
}
