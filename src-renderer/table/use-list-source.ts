import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ListCell, ListName, ListQuery } from '../../src-shared/model/lists';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import type { TableSource } from './table-source';

export type ListRow = Record<string, ListCell>;

/** Rows a page request asks for: enough for a tall window, small enough to answer at once. */
export const LIST_PAGE_ROWS = 200;

export interface ListSourceState extends TableSource<ListRow> {
  error: AppError | null;
  /** Forgets the pages loaded and asks again. */
  reload(): void;
}

interface Loaded {
  key: string;
  count: number | null;
  pages: ReadonlyMap<number, ListRow[]>;
  error: AppError | null;
}

/**
 * A stored list paged from main: the first page comes with the count of all matching rows, and
 * later pages are asked for as the table scrolls to them. A change of list, columns, query or
 * `version` (new results) starts again from the first page; answers to an older query are dropped.
 */
export function useListSource(
  list: ListName,
  columns: readonly string[],
  query: ListQuery,
  version: string | number = 0,
): ListSourceState {
  const [reloads, setReloads] = useState(0);
  const key = JSON.stringify([list, columns, query, version, reloads]);
  const [loaded, setLoaded] = useState<Loaded>({
    key: '',
    count: null,
    pages: new Map(),
    error: null,
  });
  const [inFlight, setInFlight] = useState(0);
  const requested = useRef(new Set<string>());

  const fetchPage = useCallback(async (forKey: string, page: number, withTotal: boolean) => {
    const ask = `${forKey}#${page}`;
    if (requested.current.has(ask)) return;
    requested.current.add(ask);
    const [name, cols, q] = JSON.parse(forKey) as [ListName, string[], ListQuery];
    setInFlight((n) => n + 1);
    const result = await api.invoke('lists:page', {
      list: name,
      columns: cols,
      query: q,
      offset: page * LIST_PAGE_ROWS,
      limit: LIST_PAGE_ROWS,
      withTotal,
    });
    setInFlight((n) => n - 1);
    setLoaded((previous) => {
      // An answer to a query the table no longer shows is dropped.
      const base: Loaded =
        previous.key === forKey
          ? previous
          : { key: forKey, count: null, pages: new Map(), error: null };
      if (previous.key !== forKey && !withTotal) return previous;
      if (!result.ok) {
        requested.current.delete(ask);
        return { ...base, error: result.error };
      }
      const pages = new Map(base.pages);
      pages.set(page, result.value.rows);
      return {
        key: forKey,
        pages,
        error: null,
        count: withTotal ? result.value.total : base.count,
      };
    });
  }, []);

  useEffect(() => {
    requested.current = new Set();
    void fetchPage(key, 0, true);
  }, [key, fetchPage]);

  const current = loaded.key === key ? loaded : null;
  const need = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / LIST_PAGE_ROWS); page * LIST_PAGE_ROWS < end; page++) {
        if (page > 0) void fetchPage(key, page, false);
      }
    },
    [fetchPage, key],
  );

  return useMemo(
    () => ({
      count: current?.count ?? null,
      error: current?.error ?? null,
      loading: inFlight > 0,
      rowAt: (index: number) =>
        current?.pages.get(Math.floor(index / LIST_PAGE_ROWS))?.[index % LIST_PAGE_ROWS],
      need,
      reload: () => setReloads((r) => r + 1),
    }),
    [current, inFlight, need],
  );
}
