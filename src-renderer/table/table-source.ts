import { useMemo } from 'react';
import { sortRows } from './sort-rows';
import type { SortState, TableColumn } from './table-types';

/**
 * Where a table's rows come from: all in memory, or paged from main. The table asks for the rows it
 * is about to draw with `need`, and draws a placeholder for a row not loaded yet.
 */
export interface TableSource<Row> {
  /** Rows in all; null while the first page of a paged list is on its way. */
  count: number | null;
  rowAt(index: number): Row | undefined;
  /** The table will draw rows `start` to `end` (exclusive) soon: load them if they are not. */
  need(start: number, end: number): void;
  /** True while a request for rows is on its way. */
  loading: boolean;
}

/** Rows held in memory, sorted here: for the small tables of the app (sources, import runs). */
export function useMemorySource<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: SortState | null,
  locale: string,
): TableSource<Row> {
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column);
    if (!sort || !column?.sortValue) return [...rows];
    return sortRows(rows, column.sortValue, sort.direction, locale);
  }, [rows, columns, sort, locale]);
  return useMemo(
    () => ({ count: sorted.length, rowAt: (i) => sorted[i], need: () => {}, loading: false }),
    [sorted],
  );
}
