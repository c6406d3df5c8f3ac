import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: string;
  direction: SortDirection;
}

export type SortValue = string | number | null;

/** What an export writes for a cell: its value, not its drawing. */
export type ExportValue = string | number | boolean | null;

export interface TableColumn<Row> {
  id: string;
  header: string;
  cell(row: Row): ReactNode;
  /** Present when the column can be sorted; null values sort last either way. */
  sortValue?(row: Row): SortValue;
  /** Whether the column sorts, for a table sorted by main, where rows carry no sort value here. */
  sortable?: boolean;
  /** The direction a first click sorts in; numbers start largest first unless told (a rank). */
  firstDirection?: SortDirection;
  /** What an export of the table writes for the cell; the sort value when absent. */
  exportValue?(row: Row): ExportValue;
  align?: 'start' | 'end';
  /** A CSS grid track, such as `minmax(10rem, 2fr)`. */
  width: string;
  /** The least width in pixels the column reads at; wider tables scroll sideways. */
  minWidth?: number;
}
