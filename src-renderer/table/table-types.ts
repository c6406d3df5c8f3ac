import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: string;
  direction: SortDirection;
}

export type SortValue = string | number | null;

export interface TableColumn<Row> {
  id: string;
  header: string;
  cell(row: Row): ReactNode;
  /** Present when the column can be sorted; null values sort last either way. */
  sortValue?(row: Row): SortValue;
  align?: 'start' | 'end';
  /** A CSS grid track, such as `minmax(10rem, 2fr)`. */
  width: string;
}
