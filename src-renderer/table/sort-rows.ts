import type { SortDirection, SortState, SortValue } from './table-types';

const compareValues = (a: SortValue, b: SortValue, collator: Intl.Collator): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
};

/**
 * Rows in the order of one column. Stable, so equal values keep their previous order; empty values
 * go last in both directions, because the analyst is looking for the ones that have a value.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
  locale: string,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return a.index - b.index;
        return a.key === null ? 1 : -1;
      }
      return sign * compareValues(a.key, b.key, collator) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/**
 * A header click: a new column sorts ascending (numbers descending, biggest first, unless the column
 * says otherwise, as a rank does); the same column flips.
 */
export function nextSort(
  current: SortState | null,
  column: string,
  numeric: boolean,
  first?: SortDirection,
): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: first ?? (numeric ? 'descending' : 'ascending') };
}
