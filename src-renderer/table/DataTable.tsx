import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { ArrowDownIcon, ArrowUpIcon } from '../icons/ui-icons';
import { targetRow } from './row-navigation';
import { nextSort, sortRows } from './sort-rows';
import type { SortState, TableColumn } from './table-types';
import './data-table.css';

interface DataTableProps<Row> {
  label: string;
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  rowKey(row: Row): string;
  /** The highlighted row, when the owner follows it (to show its details, say). */
  activeKey?: string | null;
  onActiveChange?(key: string): void;
  rowClassName?(row: Row): string | undefined;
  initialSort?: SortState;
  rowHeight?: number;
  /** The body scrolls, and only the rows in view are drawn, beyond this height. */
  maxHeight?: number;
  testId?: string;
}

/**
 * The one table: sortable by its column headers, virtualised so that a million rows scroll as
 * smoothly as ten, and driven by the keyboard (arrows, Page Up/Down, Home, End) like a spreadsheet.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, rowKey, rowHeight = 44, maxHeight = 480 } = props;
  const m = useMessages();
  const format = useFormat();
  const id = useId();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const [ownActiveKey, setOwnActiveKey] = useState<string | null>(null);
  const activeKey = props.activeKey === undefined ? ownActiveKey : props.activeKey;
  const body = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column);
    if (!sort || !column?.sortValue) return [...rows];
    return sortRows(rows, column.sortValue, sort.direction, format.locale);
  }, [rows, columns, sort, format.locale]);

  const activeIndex = sorted.findIndex((row) => rowKey(row) === activeKey);
  const tabbableIndex = Math.max(0, activeIndex);
  const template = columns.map((c) => c.width).join(' ');
  const bodyHeight = Math.min(sorted.length * rowHeight, maxHeight);

  // The virtualiser hands out fresh measurements on every scroll, so this component must not be
  // memoised by the compiler; nothing below memoises on them either.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => body.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  // Moving with the keyboard may bring a row into view that was not drawn yet: focus it once it is.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = body.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const activate = (index: number, moveFocus: boolean) => {
    const row = sorted[index];
    if (row === undefined) return;
    const key = rowKey(row);
    setOwnActiveKey(key);
    props.onActiveChange?.(key);
    if (moveFocus) {
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageSize = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);
    const target = targetRow(event.key, tabbableIndex, sorted.length, pageSize);
    if (target === null) return;
    event.preventDefault();
    activate(target, true);
  };

  return (
    <div
      className="data-table"
      role="grid"
      aria-label={props.label}
      aria-rowcount={sorted.length + 1}
      aria-colcount={columns.length}
      aria-describedby={`${id}-hint`}
      data-testid={props.testId}
    >
      <span id={`${id}-hint`} className="visually-hidden">
        {m.table.rowCount(format.integer(sorted.length))} {m.table.navigationHint}
      </span>
      <div
        className="data-table-head"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((column) => {
          const direction = sort?.column === column.id ? sort.direction : null;
          return (
            <div
              key={column.id}
              role="columnheader"
              className={column.align === 'end' ? 'cell cell-end' : 'cell'}
              aria-sort={column.sortValue ? (direction ?? 'none') : undefined}
            >
              {column.sortValue ? (
                <button
                  type="button"
                  className="sort-button"
                  title={m.table.sortBy(column.header)}
                  onClick={() => setSort(nextSort(sort, column.id, column.align === 'end'))}
                >
                  <span>{column.header}</span>
                  {direction === 'ascending' && <ArrowUpIcon />}
                  {direction === 'descending' && <ArrowDownIcon />}
                </button>
              ) : (
                <span>{column.header}</span>
              )}
            </div>
          );
        })}
      </div>
      <div
        ref={body}
        className="data-table-body"
        role="rowgroup"
        style={{ height: bodyHeight }}
        onKeyDown={onKeyDown}
      >
        <div className="data-table-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sorted[item.index];
            if (row === undefined) return null;
            const key = rowKey(row);
            const active = item.index === activeIndex;
            const extra = props.rowClassName?.(row);
            return (
              <div
                key={key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={active}
                tabIndex={item.index === tabbableIndex ? 0 : -1}
                data-index={item.index}
                data-key={key}
                className={['data-table-row', active ? 'is-active' : '', extra ?? '']
                  .join(' ')
                  .trim()}
                style={{
                  height: rowHeight,
                  transform: `translateY(${item.start}px)`,
                  gridTemplateColumns: template,
                }}
                onClick={() => activate(item.index, true)}
                onFocus={() => {
                  if (!active) activate(item.index, false);
                }}
              >
                {columns.map((column) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    className={column.align === 'end' ? 'cell cell-end' : 'cell'}
                    data-column={column.id}
                  >
                    {column.cell(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
