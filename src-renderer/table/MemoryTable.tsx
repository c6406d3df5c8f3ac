import { useState } from 'react';
import { useFormat } from '../i18n/use-i18n';
import { DataTable, type DataTableProps } from './DataTable';
import { useMemorySource } from './table-source';
import type { SortState } from './table-types';

type MemoryTableProps<Row> = Omit<DataTableProps<Row>, 'source' | 'sort' | 'onSortChange'> & {
  rows: readonly Row[];
  initialSort?: SortState;
};

/** The one table over rows already in memory, sorted here: the app's small tables. */
export function MemoryTable<Row>({ rows, initialSort, ...props }: MemoryTableProps<Row>) {
  const format = useFormat();
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const source = useMemorySource(rows, props.columns, sort, format.locale);
  return <DataTable {...props} source={source} sort={sort} onSortChange={setSort} />;
}
