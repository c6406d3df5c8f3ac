import type { ListColumnKind, ListSort } from '../../../src-shared/model/lists';

/** One column of a list: the SQL that computes it, how it is written, and what it allows. */
export interface ListColumn {
  /** An SQL expression over the list's tables, by their aliases (`m.mrr`). */
  sql: string;
  kind: ListColumnKind;
  sortable?: boolean;
  /** `values`: filtered by a set of values (with facets); `range`: by a min and max. */
  filter?: 'values' | 'range';
  /** Searched by the list's search box, by the start of the text or of any word in it. */
  searchable?: boolean;
  /** The SQL of a readable label for a value of a `values` filter (a partner's name for its id). */
  labelSql?: string;
  /** Never empty: its order needs no "empty cells last" term, so an index can serve it. */
  notNull?: boolean;
  /** The whole ORDER BY for each direction, where an index serves a different spelling of it. */
  order?: { ascending: string; descending: string };
}

/** A table a list joins, by its alias. */
export interface ListJoin {
  alias: string;
  /** The join clause, `LEFT JOIN partners p ON p.partner_id = m.partner_id`. */
  sql: string;
}

/**
 * A list of stored results: its base table and joins, its columns, its key and default order.
 * Only the joins a request's filters and order need are made while finding a page's rows; the
 * rest are joined for the page's rows alone, so a page costs the same whatever the columns shown.
 */
export interface ListDefinition {
  /** `advocate_scores s`: the base table, with its alias. */
  base: string;
  baseAlias: string;
  joins: readonly ListJoin[];
  /** A condition every row of the list meets, over the base table and joins. */
  where?: string;
  /** The SQL of the row's stable key, unique in the list. */
  key: string;
  columns: Readonly<Record<string, ListColumn>>;
  defaultSort: ListSort;
  /** The order that breaks ties after the chosen column, so paging never skips or repeats a row. */
  tieBreak: string;
}
