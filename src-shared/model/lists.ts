/**
 * Lists of stored results that the views page through: the rows stay in the workspace, and a view
 * asks for one page at a time, sorted and filtered by the store. Every list has named columns; a
 * request names the columns it shows, and the export of a list writes exactly those.
 */

export const listNames = [
  'advocates',
  'recruits',
  'risk',
  'accounts',
  'candidates',
  'references',
] as const;
export type ListName = (typeof listNames)[number];

/** How a column's values are written: the renderer formats each kind per locale. */
export type ListColumnKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'money'
  | 'percent'
  | 'share'
  | 'date'
  | 'tier'
  | 'status'
  | 'boolean';

export interface ListSort {
  column: string;
  direction: 'ascending' | 'descending';
}

/** A filter on one column: the values it may take (null for an empty cell), or a range. */
export type ListFilter =
  { values: (string | number | null)[] } | { min?: number | null; max?: number | null };

export interface ListQuery {
  sort?: ListSort;
  filters?: Record<string, ListFilter>;
  /** Text the row's searchable columns start with, or contain a word starting with. */
  search?: string;
}

export type ListCell = string | number | null;

export interface ListPage {
  /** Rows matching the query, in all. */
  total: number;
  offset: number;
  /** Each row's cells by column id, with `key` the row's stable key. */
  rows: Record<string, ListCell>[];
}

/** The values a filterable column takes, most frequent first, for a filter's choices. */
export interface ListFacet {
  column: string;
  values: { value: string | number | null; label: string | null; count: number }[];
}

/** Exactly the rows and columns a view shows, to be written as a file by the export code. */
export interface ListExportRequest {
  list: ListName;
  /** The columns shown, in order, and their headers as the analyst reads them. */
  columns: string[];
  headers: string[];
  query: ListQuery;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'shift_jis';
  /** The table's title: the sheet's name and the file's. */
  title: string;
}

/** A finished export file handed to a view to save: a list's, a table's or a report's. */
export interface ListExport {
  fileName: string;
  rows: number;
  bytes: number;
  /** Characters Shift_JIS cannot hold, written as "?". */
  unmappable: string[];
  /** The file's bytes, in base64. */
  data: string;
}
