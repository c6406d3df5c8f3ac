import type { ReactNode } from 'react';
import type { ListCell, ListColumnKind } from '../../src-shared/model/lists';
import type { Tier } from '../../src-shared/model/analysis/score';
import type { Formatters } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { StatusBadge, TierBadge } from '../results/TierBadge';
import type { TableColumn } from './table-types';
import type { ListRow } from './use-list-source';

/** One column of a paged list as a view declares it: the list's column id, its header and kind. */
export interface ListColumnSpec {
  id: string;
  header: string;
  kind: ListColumnKind;
  width: string;
  minWidth?: number;
  sortable?: boolean;
  firstDirection?: 'ascending' | 'descending';
  /** Drawn here, instead of by its kind (an account name as a link, say). */
  cell?(row: ListRow): ReactNode;
}

const endAligned: readonly ListColumnKind[] = ['integer', 'number', 'money', 'percent', 'share'];

/** A cell's value in words and numbers of the analyst's locale, by its kind. */
export function formatCell(
  value: ListCell,
  kind: ListColumnKind,
  format: Formatters,
  m: Messages,
  currency: string,
): ReactNode {
  if (value === null) return <span className="muted">{m.common.none}</span>;
  switch (kind) {
    case 'integer':
      return format.integer(Number(value));
    case 'number':
      return format.decimal(Number(value));
    case 'money':
      return format.currency(Number(value), currency);
    case 'percent':
      return format.percent(Number(value) / 100);
    case 'share':
      return format.percent(Number(value));
    case 'date':
      return format.date(String(value));
    case 'tier':
      return <TierBadge tier={value as Tier} />;
    case 'status':
      return <StatusBadge status={String(value)} />;
    case 'boolean':
      return Number(value) === 1 ? m.common.yes : m.common.no;
    case 'text':
      return String(value);
  }
}

/** The table's columns for a paged list: sorted by main, drawn by kind unless told otherwise. */
export function listTableColumns(
  specs: readonly ListColumnSpec[],
  format: Formatters,
  m: Messages,
  currency: string,
): TableColumn<ListRow>[] {
  return specs.map((spec) => ({
    id: spec.id,
    header: spec.header,
    width: spec.width,
    ...(spec.minWidth === undefined ? {} : { minWidth: spec.minWidth }),
    align: endAligned.includes(spec.kind) ? 'end' : 'start',
    sortable: spec.sortable ?? true,
    ...(spec.firstDirection ? { firstDirection: spec.firstDirection } : {}),
    cell: spec.cell ?? ((row) => formatCell(row[spec.id] ?? null, spec.kind, format, m, currency)),
    exportValue: (row) => row[spec.id] ?? null,
  }));
}
