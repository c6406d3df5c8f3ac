import { describe, expect, it } from 'vitest';
import { targetRow } from './row-navigation';
import { nextSort, sortRows } from './sort-rows';

describe('sorting table rows', () => {
  const rows = [
    { name: 'Item 10', rows: 5 },
    { name: 'item 2', rows: null },
    { name: 'Item 1', rows: 5 },
    { name: 'Item 3', rows: 9 },
  ];

  it('orders text naturally and ignores case', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'en-US').map((r) => r.name)).toEqual([
      'Item 1',
      'item 2',
      'Item 3',
      'Item 10',
    ]);
  });

  it('is stable and puts empty values last in both directions', () => {
    const names = (direction: 'ascending' | 'descending') =>
      sortRows(rows, (r) => r.rows, direction, 'en-US').map((r) => r.name);
    expect(names('ascending')).toEqual(['Item 10', 'Item 1', 'Item 3', 'item 2']);
    expect(names('descending')).toEqual(['Item 3', 'Item 10', 'Item 1', 'item 2']);
  });

  it('starts numbers biggest first and text from A, and flips on a second click', () => {
    expect(nextSort(null, 'rows', true)).toEqual({ column: 'rows', direction: 'descending' });
    expect(nextSort(null, 'name', false)).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'rows', direction: 'descending' }, 'rows', true)).toEqual({
      column: 'rows',
      direction: 'ascending',
    });
  });
});

describe('moving between rows with the keyboard', () => {
  it('moves by one, by a page, and to the ends, stopping at the edges', () => {
    expect(targetRow('ArrowDown', 0, 10, 4)).toBe(1);
    expect(targetRow('ArrowUp', 0, 10, 4)).toBe(0);
    expect(targetRow('ArrowDown', 9, 10, 4)).toBe(9);
    expect(targetRow('PageDown', 7, 10, 4)).toBe(9);
    expect(targetRow('PageUp', 5, 10, 4)).toBe(1);
    expect(targetRow('End', 2, 10, 4)).toBe(9);
    expect(targetRow('Home', 8, 10, 4)).toBe(0);
  });

  it('ignores other keys and empty tables', () => {
    expect(targetRow('a', 3, 10, 4)).toBeNull();
    expect(targetRow('ArrowDown', 0, 0, 4)).toBeNull();
  });
});
