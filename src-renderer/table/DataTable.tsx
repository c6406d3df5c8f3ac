import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { ArrowDownIcon, ArrowUpIcon } from '../icons/ui-icons';
import { targetRow } from './row-navigation';
import { nextSort } from './sort-rows';
import type { TableSource } from './table-source';
import type { SortState, TableColumn } from './table-types';
import './data-table.css';

export interface DataTableProps<Row> {
  label: string;
  columns: readonly TableColumn<Row>[];
  source: TableSource<Row>;
  rowKey(row: Row): string;
  sort: SortState | null;
  onSortChange(sort: SortState): void;
  /** The highlighted row, when the owner follows it (to show its details, say). */
  activeKey?: string | null;
  onActiveChange?(key: string, row: Row): void;
  /** Enter or a double click on a row: open what it stands for. */
  onOpen?(row: Row): void;
  rowClassName?(row: Row): string | undefined;
  rowHeight?: number;
  /** The body scrolls, and only the rows in view are drawn, beyond this height. */
  maxHeight?: number;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  /** Restores a scroll position, such as when the analyst comes back to the view. */
  initialScrollTop?: number;
  onScrollTopChange?(top: number): void;
  testId?: string;
}

const HEAD_HEIGHT = 40;
const SEARCHED_ROWS = 5000;

/**
 * The one table: sorted by its column headers (here or by main), virtualised so that a million rows
 * scroll as smoothly as ten, with a header that stays in view, and driven by the keyboard (arrows,
 * Page Up/Down, Home, End; Enter opens the row) like a spreadsheet. Rows not loaded yet are drawn
 * as placeholders while their page is on its way.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { source, columns, rowKey, rowHeight = 44, maxHeight = 480 } = props;
  const m = useMessages();
  const format = useFormat();
  const id = useId();
  const [ownActiveIndex, setOwnActiveIndex] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const count = source.count ?? 0;

  // The owner's highlighted row is looked for among the first rows and the ones last drawn: a
  // paged list of a million rows is never walked end to end.
  const activeIndexFromKey = (() => {
    if (props.activeKey === undefined || props.activeKey === null) return -1;
    const own = source.rowAt(ownActiveIndex);
    if (own !== undefined && rowKey(own) === props.activeKey) return ownActiveIndex;
    for (let i = 0; i < Math.min(count, SEARCHED_ROWS); i++) {
      const row = source.rowAt(i);
      if (row !== undefined && rowKey(row) === props.activeKey) return i;
    }
    return -1;
  })();
  const activeIndex = props.activeKey === undefined ? ownActiveIndex : activeIndexFromKey;
  const tabbableIndex = Math.min(Math.max(0, activeIndex), Math.max(0, count - 1));
  const template = columns.map((c) => c.width).join(' ');
  // Wide lists scroll sideways rather than squeezing their columns below a readable width.
  const minWidth = columns.reduce((sum, c) => sum + (c.minWidth ?? 96), 0);
  const bodyHeight = Math.min(count * rowHeight, maxHeight);

  // The virtualiser hands out fresh measurements on every scroll, so this component must not be
  // memoised by the compiler; nothing below memoises on them either.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: HEAD_HEIGHT,
    initialOffset: props.initialScrollTop ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? 0) + 1;

  useEffect(() => {
    if (count > 0) source.need(first, last);
  }, [source, first, last, count]);

  // Moving with the keyboard may bring a row into view that was not drawn yet: focus it once it is.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const activate = (index: number, moveFocus: boolean) => {
    setOwnActiveIndex(index);
    const row = source.rowAt(index);
    if (row !== undefined) props.onActiveChange?.(rowKey(row), row);
    if (moveFocus) {
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      const row = source.rowAt(tabbableIndex);
      if (row !== undefined && props.onOpen) {
        event.preventDefault();
        props.onOpen(row);
      }
      return;
    }
    const pageSize = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);
    const target = targetRow(event.key, tabbableIndex, count, pageSize);
    if (target === null) return;
    event.preventDefault();
    activate(target, true);
  };

  const cellClass = (column: TableColumn<Row>) =>
    column.align === 'end' ? 'cell cell-end' : 'cell';
  const showEmpty = source.count === 0 && props.empty !== undefined;

  return (
    <div
      className="data-table"
      role="grid"
      aria-label={props.label}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      aria-describedby={`${id}-hint`}
      aria-busy={source.loading || source.count === null}
      data-testid={props.testId}
    >
      <span id={`${id}-hint`} className="visually-hidden">
        {m.table.rowCount(format.integer(count))} {m.table.navigationHint}
      </span>
      <div
        ref={scroller}
        className="data-table-scroll"
        style={{
          maxHeight: maxHeight + HEAD_HEIGHT,
          ['--table-min-width' as string]: `${minWidth}px`,
        }}
        onKeyDown={onKeyDown}
        onScroll={(event) => props.onScrollTopChange?.(event.currentTarget.scrollTop)}
      >
        <div
          className="data-table-head"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template, height: HEAD_HEIGHT }}
        >
          {columns.map((column) => {
            const direction = props.sort?.column === column.id ? props.sort.direction : null;
            const sortable = column.sortable ?? column.sortValue !== undefined;
            return (
              <div
                key={column.id}
                role="columnheader"
                className={cellClass(column)}
                aria-sort={sortable ? (direction ?? 'none') : undefined}
                data-column={column.id}
              >
                {sortable ? (
                  <button
                    type="button"
                    className="sort-button"
                    title={m.table.sortBy(column.header)}
                    onClick={() =>
                      props.onSortChange(
                        nextSort(
                          props.sort,
                          column.id,
                          column.align === 'end',
                          column.firstDirection,
                        ),
                      )
                    }
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
        {showEmpty ? (
          <div className="data-table-empty">{props.empty}</div>
        ) : (
          <div
            className="data-table-spacer"
            role="rowgroup"
            style={{ height: Math.max(virtualizer.getTotalSize(), bodyHeight) }}
          >
            {items.map((item) => {
              const row = source.rowAt(item.index);
              const active = item.index === activeIndex;
              const style = {
                height: rowHeight,
                transform: `translateY(${item.start - HEAD_HEIGHT}px)`,
                gridTemplateColumns: template,
              };
              if (row === undefined) {
                return (
                  <div
                    key={`pending-${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className="data-table-row is-pending"
                    data-index={item.index}
                    tabIndex={item.index === tabbableIndex ? 0 : -1}
                    style={style}
                  >
                    {columns.map((column) => (
                      <div key={column.id} role="gridcell" className={cellClass(column)}>
                        <span className="cell-placeholder" aria-hidden="true" />
                      </div>
                    ))}
                  </div>
                );
              }
              const key = rowKey(row);
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
                  style={style}
                  onClick={() => activate(item.index, true)}
                  onDoubleClick={() => props.onOpen?.(row)}
                  onFocus={() => {
                    if (!active) activate(item.index, false);
                  }}
                >
                  {columns.map((column) => (
                    <div
                      key={column.id}
                      role="gridcell"
                      className={cellClass(column)}
                      data-column={column.id}
                    >
                      {column.cell(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
