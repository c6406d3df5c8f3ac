import { useId, useState } from 'react';
import type { ListCell, ListName, ListQuery } from '../../src-shared/model/lists';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { Popover } from '../table/Popover';
import { useFacet } from './use-facet';
import './filters.css';

interface FacetFilterProps {
  list: ListName;
  column: string;
  label: string;
  query: ListQuery;
  version: number;
  /** The values kept; undefined when the column is not filtered. */
  selected: readonly ListCell[] | undefined;
  onChange(values: ListCell[] | undefined): void;
  /** A value in words (a tier's name for its code); the facet's own label otherwise. */
  labelOf?(value: ListCell, label: string | null): string;
}

/**
 * A filter by the values a column takes: each with the number of rows it would keep under the
 * other filters, most frequent first. No value ticked means no filter.
 */
export function FacetFilter(props: FacetFilterProps) {
  const m = useMessages();
  const format = useFormat();
  const id = useId();
  const [opened, setOpened] = useState(false);
  const facet = useFacet(props.list, props.column, props.query, props.version, opened);
  const selected = props.selected ?? [];
  const toggle = (value: ListCell, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    props.onChange(next.length > 0 ? next : undefined);
  };
  const words = (value: ListCell, label: string | null) =>
    value === null ? m.common.empty : (props.labelOf?.(value, label) ?? label ?? String(value));
  return (
    <div onFocusCapture={() => setOpened(true)} onPointerEnter={() => setOpened(true)}>
      <Popover
        label={props.label}
        active={selected.length > 0}
        badge={selected.length > 0 ? <span className="filter-count">{selected.length}</span> : null}
        testId={`filter-${props.column}`}
      >
        <fieldset className="checklist facet-list">
          <legend className="visually-hidden">{props.label}</legend>
          {facet === null && <p className="muted">{m.table.loadingRows}</p>}
          {facet?.values.map((v) => (
            <label
              key={String(v.value)}
              className="checklist-item"
              htmlFor={`${id}-${String(v.value)}`}
            >
              <input
                id={`${id}-${String(v.value)}`}
                type="checkbox"
                checked={selected.includes(v.value)}
                onChange={(event) => toggle(v.value, event.target.checked)}
              />
              <span className="facet-label">{words(v.value, v.label)}</span>
              <span className="facet-count">{format.integer(v.count)}</span>
            </label>
          ))}
        </fieldset>
        {selected.length > 0 && (
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => props.onChange(undefined)}
          >
            {m.table.clearFilters}
          </button>
        )}
      </Popover>
    </div>
  );
}
