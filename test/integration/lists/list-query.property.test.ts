import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListDefinition } from '../../../src-main/analysis/lists/list-definition';
import { listFacet, listPage, listRows } from '../../../src-main/analysis/lists/list-query';
import type { ListCell, ListFilter, ListQuery } from '../../../src-shared/model/lists';

/**
 * Paging, sorting, filtering and searching in SQL, checked against a brute-force sort and filter
 * of the same random table in JavaScript, with the same rules: empty cells last either way, text
 * ordered without regard to ASCII case, ties by key, search by the start of the text or a word.
 */
interface Row {
  id: string;
  name: string | null;
  amount: number | null;
  kind: string | null;
  group: string;
}

const definition: ListDefinition = {
  base: 'items i',
  baseAlias: 'i',
  joins: [{ alias: 'g', sql: 'LEFT JOIN item_groups g ON g.group_id = i.group_id' }],
  key: 'i.id',
  columns: {
    id: { sql: 'i.id', kind: 'text', sortable: true, searchable: true, notNull: true },
    name: { sql: 'i.name', kind: 'text', sortable: true, searchable: true },
    amount: { sql: 'i.amount', kind: 'money', sortable: true, filter: 'range' },
    kind: { sql: 'i.kind', kind: 'text', sortable: true, filter: 'values' },
    group: { sql: 'i.group_id', kind: 'text', filter: 'values', labelSql: 'g.label' },
    groupLabel: { sql: 'g.label', kind: 'text', sortable: true },
  },
  defaultSort: { column: 'id', direction: 'ascending' },
  tieBreak: 'i.id',
};

const words = ['alpha', 'Beta', 'gamma', 'DELTA', 'beta max', 'Zeta one', 'émile', '山田 商事'];
const rowArbitrary = fc.record({
  name: fc.option(fc.constantFrom(...words), { nil: null }),
  amount: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
  kind: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
  group: fc.constantFrom('g1', 'g2', 'g3'),
});

const queryArbitrary = fc.record(
  {
    sort: fc.record({
      column: fc.constantFrom('id', 'name', 'amount', 'kind', 'groupLabel'),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    }),
    kinds: fc.option(fc.subarray(['a', 'b', 'c', null] as (string | null)[]), { nil: undefined }),
    min: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
    search: fc.option(fc.constantFrom('be', 'BETA', 'max', 'z', 'x', '山', ''), {
      nil: undefined,
    }),
  },
  { requiredKeys: ['sort'] },
);

type QueryCase = typeof queryArbitrary extends fc.Arbitrary<infer T> ? T : never;
type RowCase = typeof rowArbitrary extends fc.Arbitrary<infer T> ? T : never;

const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const textCompare = (a: string, b: string) => {
  const x = foldAscii(a);
  const y = foldAscii(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const labels: Record<string, string> = { g1: 'North', g2: 'south', g3: 'East' };

function bruteForce(rows: Row[], q: QueryCase): Row[] {
  const searched = (r: Row) => {
    const text = q.search?.trim() ?? '';
    if (text === '') return true;
    return [r.id, r.name].some((v) => {
      if (v === null) return false;
      const value = foldAscii(v);
      const t = foldAscii(text);
      return value.startsWith(t) || value.includes(` ${t}`);
    });
  };
  const kept = rows.filter(
    (r) =>
      (q.kinds === undefined || q.kinds.includes(r.kind)) &&
      (q.min === undefined || (r.amount !== null && r.amount >= q.min)) &&
      searched(r),
  );
  const value = (r: Row): string | number | null =>
    q.sort.column === 'groupLabel' ? (labels[r.group] ?? null) : r[q.sort.column as keyof Row];
  const sign = q.sort.direction === 'ascending' ? 1 : -1;
  return kept.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = typeof x === 'number' ? x - (y as number) : textCompare(x, y as string);
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

function toQuery(q: QueryCase): ListQuery {
  const filters: Record<string, ListFilter> = {};
  if (q.kinds !== undefined) filters['kind'] = { values: q.kinds };
  if (q.min !== undefined) filters['amount'] = { min: q.min };
  return {
    sort: q.sort,
    filters,
    ...(q.search === undefined ? {} : { search: q.search }),
  };
}

describe('lists paged, sorted, filtered and searched in SQL', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = new Database(':memory:');
    db.exec(`CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT, amount REAL, kind TEXT, group_id TEXT);
             CREATE TABLE item_groups (group_id TEXT PRIMARY KEY, label TEXT);
             INSERT INTO item_groups VALUES ('g1', 'North'), ('g2', 'south'), ('g3', 'East');`);
  });
  afterAll(() => db.close());

  const fill = (generated: RowCase[]): Row[] => {
    db.exec('DELETE FROM items');
    const insert = db.prepare('INSERT INTO items VALUES (?, ?, ?, ?, ?)');
    return generated.map((g, k) => {
      const row: Row = { id: `id-${String(k).padStart(3, '0')}`, ...g };
      insert.run(row.id, row.name, row.amount, row.kind, row.group);
      return row;
    });
  };

  it('gives every page exactly the rows a brute-force sort and filter gives, and their total', () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 60 }),
        queryArbitrary,
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 25 }),
        (generated, q, offset, limit) => {
          const rows = fill(generated);
          const expected = bruteForce(rows, q);
          const page = listPage(
            db,
            definition,
            toQuery(q),
            ['name', 'amount'],
            offset,
            limit,
            true,
          );
          expect(page.total).toBe(expected.length);
          expect(page.rows.map((r) => r['key'])).toEqual(
            expected.slice(offset, offset + limit).map((r) => r.id),
          );
          expect(page.rows.map((r) => [r['name'], r['amount']])).toEqual(
            expected.slice(offset, offset + limit).map((r) => [r.name, r.amount]),
          );
          const all = [...listRows(db, definition, toQuery(q), ['id'])].map((r) => r[0]);
          expect(all).toEqual(expected.map((r) => r.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a filter’s choices among the rows the other filters leave, with their labels', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 60 }), queryArbitrary, (generated, q) => {
        const rows = fill(generated);
        const facet = listFacet(db, definition, 'group', toQuery(q));
        const counts = new Map<ListCell, number>();
        for (const r of bruteForce(rows, q)) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
        expect(Object.fromEntries(facet.values.map((v) => [v.value, v.count]))).toEqual(
          Object.fromEntries(counts),
        );
        for (const v of facet.values) expect(v.label).toBe(labels[String(v.value)]);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a column the list does not have, and one that does not sort or filter so', () => {
    expect(() => listPage(db, definition, {}, ['nope'], 0, 10, false)).toThrow(/no column/);
    expect(() =>
      listPage(
        db,
        definition,
        { sort: { column: 'group', direction: 'ascending' } },
        ['id'],
        0,
        1,
        false,
      ),
    ).toThrow(/cannot be sorted/);
    expect(() =>
      listPage(db, definition, { filters: { name: { values: ['x'] } } }, ['id'], 0, 1, false),
    ).toThrow(/not filtered by values/);
  });

  it('takes % and _ in a search as themselves', () => {
    fill([
      { name: '50%_off', amount: 1, kind: 'a', group: 'g1' },
      { name: '50 off', amount: 1, kind: 'a', group: 'g1' },
    ]);
    expect(
      listPage(db, definition, { search: '50%_' }, ['name'], 0, 10, true).rows.map(
        (r) => r['name'],
      ),
    ).toEqual(['50%_off']);
  });
});
