import { useId } from 'react';
import { useMessages } from '../i18n/use-i18n';
import { ColumnsIcon } from '../icons/ui-icons';
import { Popover } from './Popover';

interface ColumnChooserProps {
  tableLabel: string;
  columns: readonly { id: string; header: string }[];
  visible: readonly string[];
  /** Columns that are always shown, such as the account's name. */
  fixed?: readonly string[];
  onChange(visible: string[]): void;
}

/** Which columns a table shows, in the table's own order; the analyst's choice is kept with the view. */
export function ColumnChooser({
  tableLabel,
  columns,
  visible,
  fixed = [],
  onChange,
}: ColumnChooserProps) {
  const m = useMessages();
  const id = useId();
  const toggle = (column: string, on: boolean) =>
    onChange(columns.map((c) => c.id).filter((c) => (c === column ? on : visible.includes(c))));
  return (
    <Popover
      label={m.table.columns}
      accessibleLabel={m.table.columnsOf(tableLabel)}
      icon={<ColumnsIcon />}
      testId="column-chooser"
    >
      <fieldset className="checklist">
        <legend className="visually-hidden">{m.table.columnsOf(tableLabel)}</legend>
        {columns.map((column) => (
          <label key={column.id} className="checklist-item" htmlFor={`${id}-${column.id}`}>
            <input
              id={`${id}-${column.id}`}
              type="checkbox"
              checked={visible.includes(column.id)}
              disabled={fixed.includes(column.id)}
              onChange={(event) => toggle(column.id, event.target.checked)}
            />
            <span>{column.header}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={() => onChange(columns.map((c) => c.id))}
      >
        {m.table.showAll}
      </button>
    </Popover>
  );
}
