import type Database from 'better-sqlite3';
import type {
  ListCell,
  ListFacet,
  ListFilter,
  ListPage,
  ListQuery,
} from '../../../src-shared/model/lists';
import type { ListDefinition } from './list-definition';

/** A request names a column the list does not have, or asks what the column does not allow. */
export class ListQueryError extends Error {
  override readonly name = 'ListQueryError';
  readonly code = 'invalid-list-query';
}

type SqlParam = string | number | null;

export interface Clause {
  sql: string;
  params: SqlParam[];
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Lists run the same few statements page after page: each is prepared once per connection. */
function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

function column(def: ListDefinition, id: string) {
  const found = Object.hasOwn(def.columns, id) ? def.columns[id] : undefined;
  if (!found) throw new ListQueryError(`The list has no column "${id.slice(0, 60)}".`);
  return found;
}

/** `%` and `_` match themselves in a search: the analyst types text, not a pattern. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterClause(def: ListDefinition, id: string, filter: ListFilter): Clause {
  const c = column(def, id);
  if ('values' in filter) {
    if (c.filter !== 'values') throw new ListQueryError(`"${id}" is not filtered by values.`);
    const known = filter.values.filter((v) => v !== null);
    const parts: string[] = [];
    if (known.length > 0) parts.push(`${c.sql} IN (${known.map(() => '?').join(', ')})`);
    if (known.length < filter.values.length) parts.push(`${c.sql} IS NULL`);
    return { sql: parts.length > 0 ? `(${parts.join(' OR ')})` : '0', params: known };
  }
  if (c.filter !== 'range') throw new ListQueryError(`"${id}" is not filtered by a range.`);
  const parts: string[] = [];
  const params: SqlParam[] = [];
  if (filter.min !== undefined && filter.min !== null) {
    parts.push(`${c.sql} >= ?`);
    params.push(filter.min);
  }
  if (filter.max !== undefined && filter.max !== null) {
    parts.push(`${c.sql} <= ?`);
    params.push(filter.max);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

function searchClause(def: ListDefinition, search: string): Clause | null {
  const text = search.trim();
  if (text === '') return null;
  const searchable = Object.values(def.columns).filter((c) => c.searchable);
  const start = `${likeEscaped(text)}%`;
  const word = `% ${likeEscaped(text)}%`;
  return {
    sql: `(${searchable
      .map((c) => `${c.sql} LIKE ? ESCAPE '\\' OR ${c.sql} LIKE ? ESCAPE '\\'`)
      .join(' OR ')})`,
    params: searchable.flatMap(() => [start, word]),
  };
}

/** The conditions of a query: the list's own, each filter, and the search. */
function whereOf(def: ListDefinition, query: ListQuery, skipFilter?: string): Clause {
  const clauses: Clause[] = [];
  if (def.where) clauses.push({ sql: def.where, params: [] });
  for (const [id, filter] of Object.entries(query.filters ?? {}))
    if (id !== skipFilter) clauses.push(filterClause(def, id, filter));
  const search = query.search === undefined ? null : searchClause(def, query.search);
  if (search) clauses.push(search);
  return {
    sql: clauses.length > 0 ? `WHERE ${clauses.map((c) => c.sql).join(' AND ')}` : '',
    params: clauses.flatMap((c) => c.params),
  };
}

function orderOf(def: ListDefinition, query: ListQuery): string {
  const sort = query.sort ?? def.defaultSort;
  const c = column(def, sort.column);
  if (!c.sortable) throw new ListQueryError(`"${sort.column}" cannot be sorted.`);
  if (c.order) return `ORDER BY ${c.order[sort.direction]}`;
  const text = c.kind === 'text' || c.kind === 'status' ? ' COLLATE NOCASE' : '';
  const direction = sort.direction === 'descending' ? 'DESC' : 'ASC';
  // Empty cells come last whichever way the column is sorted, as in the renderer's own tables.
  const emptyLast = c.notNull ? '' : `(${c.sql}) IS NULL, `;
  return `ORDER BY ${emptyLast}${c.sql}${text} ${direction}, ${def.tieBreak}`;
}

/** The joins an SQL text needs, with the joins those need in turn, in the list's order. */
function joinsFor(def: ListDefinition, ...sql: string[]): string {
  const wanted = new Set<string>();
  const visit = (text: string) => {
    for (const join of def.joins) {
      if (wanted.has(join.alias)) continue;
      if (new RegExp(`\\b${join.alias}\\.`).test(text)) {
        wanted.add(join.alias);
        visit(join.sql);
      }
    }
  };
  for (const text of sql) visit(text);
  return def.joins
    .filter((j) => wanted.has(j.alias))
    .map((j) => j.sql)
    .join(' ');
}

const selectList = (def: ListDefinition, columns: readonly string[]) =>
  columns.map((id, k) => `${column(def, id).sql} AS c${k}`).join(', ');

/** The statements that find a page's keys and count every match: what a benchmark's peer runs. */
export function pageStatements(
  def: ListDefinition,
  query: ListQuery,
  offset: number,
  limit: number,
): { keys: Clause; count: Clause } {
  const where = whereOf(def, query);
  const order = orderOf(def, query);
  const from = `FROM ${def.base} ${joinsFor(def, where.sql, order)}`;
  // The count needs only the joins its conditions name: the order is no business of a count.
  const counted = `FROM ${def.base} ${joinsFor(def, where.sql)}`;
  return {
    keys: {
      sql: `SELECT ${def.key} ${from} ${where.sql} ${order} LIMIT ? OFFSET ?`,
      params: [...where.params, limit, offset],
    },
    count: { sql: `SELECT count(*) ${counted} ${where.sql}`, params: where.params },
  };
}

/**
 * One page of a list. The page's keys are found first with only the joins its filters and order
 * need; its columns are then read for those keys alone. `withTotal` also counts every matching row
 * (a view asks for it with the first page of a query, not with every page).
 */
export function listPage(
  db: Database.Database,
  def: ListDefinition,
  query: ListQuery,
  columns: readonly string[],
  offset: number,
  limit: number,
  withTotal: boolean,
): ListPage {
  const statements = pageStatements(def, query, offset, limit);
  const keys = prepared(db, statements.keys.sql)
    .pluck()
    .all(...statements.keys.params) as (string | number)[];
  const total = withTotal
    ? (prepared(db, statements.count.sql)
        .pluck()
        .get(...statements.count.params) as number)
    : -1;
  const select = selectList(def, columns);
  const rowsByKey = new Map<string | number, ListCell[]>();
  if (keys.length > 0) {
    const pageSql = `SELECT ${def.key} AS __key${select ? `, ${select}` : ''}
      FROM ${def.base} ${joinsFor(def, select, def.key)}
      WHERE ${def.key} IN (SELECT value FROM json_each(?))`;
    for (const row of prepared(db, pageSql).raw().iterate(JSON.stringify(keys)) as Iterable<
      ListCell[]
    >) {
      rowsByKey.set(row[0] as string | number, row);
    }
  }
  return {
    total,
    offset,
    rows: keys.map((key) => {
      const cells = rowsByKey.get(key) ?? [];
      const row: Record<string, ListCell> = { key: String(key) };
      columns.forEach((id, k) => (row[id] = cells[k + 1] ?? null));
      return row;
    }),
  };
}

/** Every matching row, in order, as cells of `columns`: for exports, read as they are written. */
export function listRows(
  db: Database.Database,
  def: ListDefinition,
  query: ListQuery,
  columns: readonly string[],
): IterableIterator<ListCell[]> {
  const where = whereOf(def, query);
  const order = orderOf(def, query);
  const select = selectList(def, columns);
  const sql = `SELECT ${select} FROM ${def.base} ${joinsFor(def, where.sql, order, select)} ${where.sql} ${order}`;
  return db
    .prepare(sql)
    .raw()
    .iterate(...where.params) as IterableIterator<ListCell[]>;
}

/**
 * The values a `values` column takes among the rows the other filters and the search leave, most
 * frequent first: the choices of that column's filter, with how many rows each would keep.
 */
export function listFacet(
  db: Database.Database,
  def: ListDefinition,
  id: string,
  query: ListQuery,
  limit = 200,
): ListFacet {
  const c = column(def, id);
  if (c.filter !== 'values') throw new ListQueryError(`"${id}" is not filtered by values.`);
  const where = whereOf(def, query, id);
  const label = c.labelSql ?? c.sql;
  const sql = `SELECT ${c.sql}, ${label}, count(*) AS n
    FROM ${def.base} ${joinsFor(def, where.sql, c.sql, label)} ${where.sql}
    GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?`;
  const rows = prepared(db, sql)
    .raw()
    .all(...where.params, limit) as [string | number | null, string | number | null, number][];
  return {
    column: id,
    values: rows.map(([value, labelValue, count]) => ({
      value,
      label: labelValue === null ? null : String(labelValue),
      count,
    })),
  };
}

/**
 * How a numeric column spreads among the rows a query keeps: rows per band of `width` (bands start
 * at 0), split by the values of a grouping column.
 */
export function listBands(
  db: Database.Database,
  def: ListDefinition,
  valueId: string,
  groupId: string,
  width: number,
  query: ListQuery,
): { band: number; group: string | number | null; count: number }[] {
  const value = column(def, valueId).sql;
  const group = column(def, groupId).sql;
  const where = whereOf(def, query);
  const sql = `SELECT CAST(floor(${value} / ?) AS INTEGER) AS band, ${group}, count(*)
    FROM ${def.base} ${joinsFor(def, where.sql, value, group)} ${where.sql}
    ${where.sql ? 'AND' : 'WHERE'} ${value} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;
  const rows = prepared(db, sql)
    .raw()
    .all(width, ...where.params) as [number, string | number | null, number][];
  return rows.map(([band, g, count]) => ({ band, group: g, count }));
}

/**
 * Aggregates over every row a query keeps, one per SQL expression over the list's aliases
 * (`count(*)`, `total(m.mrr)`): a view's totals read in the store, never summed from its pages.
 */
export function listAggregates(
  db: Database.Database,
  def: ListDefinition,
  query: ListQuery,
  expressions: readonly string[],
): number[] {
  const where = whereOf(def, query);
  const select = expressions.join(', ');
  const sql = `SELECT ${select} FROM ${def.base} ${joinsFor(def, where.sql, select)} ${where.sql}`;
  const row = prepared(db, sql)
    .raw()
    .get(...where.params) as (number | null)[];
  return row.map((value) => value ?? 0);
}
