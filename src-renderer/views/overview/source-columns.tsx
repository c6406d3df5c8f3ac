import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { TableColumn } from '../../table/table-types';
import type { SourceRow } from './coverage-rows';

const dash = '—';

function SourceName({ row, m }: { row: SourceRow; m: Messages }) {
  return (
    <span className="source-name">
      <span className={`source-dot source-dot-${row.state}`} aria-hidden="true" />
      <span className="source-label">{m.sources[row.kind]}</span>
      {row.state === 'missing' && (
        <span className="badge badge-muted">{m.coverage.notImported}</span>
      )}
      {row.state === 'derived' && <span className="badge badge-muted">{m.coverage.derived}</span>}
    </span>
  );
}

function Reach({ row, m, format }: { row: SourceRow; m: Messages; format: Formatters }) {
  const { accountShare, accountsCovered } = row.source;
  if (accountShare === null || accountsCovered === null) {
    return <span className="muted">{m.coverage.notPerAccount}</span>;
  }
  return (
    <span className="reach">
      <span className="reach-bar" aria-hidden="true">
        <span className="reach-fill" style={{ width: `${Math.round(accountShare * 100)}%` }} />
      </span>
      <span className="reach-value">{format.percent(accountShare)}</span>
    </span>
  );
}

/** The coverage table's columns; a source that is not imported shows dashes rather than zeros. */
export function sourceColumns(m: Messages, format: Formatters): TableColumn<SourceRow>[] {
  const headers = m.coverage.columns;
  const present = (row: SourceRow) => row.state === 'present';
  return [
    {
      id: 'source',
      header: headers.source,
      width: 'minmax(9rem, 1.7fr)',
      cell: (row) => <SourceName row={row} m={m} />,
      sortValue: (row) => m.sources[row.kind],
    },
    {
      id: 'rows',
      header: headers.rows,
      width: 'minmax(4.5rem, 0.8fr)',
      align: 'end',
      cell: (row) => (present(row) ? format.integer(row.source.rows) : dash),
      sortValue: (row) => row.source.rows,
    },
    {
      id: 'accounts',
      header: headers.accounts,
      width: 'minmax(8rem, 1.3fr)',
      cell: (row) => (present(row) ? <Reach row={row} m={m} format={format} /> : dash),
      sortValue: (row) => (present(row) ? row.source.accountShare : null),
    },
    {
      id: 'dates',
      header: headers.dateRange,
      width: 'minmax(8.5rem, 1.4fr)',
      cell: (row) => {
        const range = row.source.dateRange;
        if (!present(row)) return dash;
        return range ? format.monthRange(range.from, range.to) : m.coverage.noDates;
      },
      sortValue: (row) => row.source.dateRange?.from ?? null,
    },
    {
      id: 'empty',
      header: headers.emptyFields,
      width: 'minmax(5.5rem, 0.9fr)',
      align: 'end',
      cell: (row) => {
        if (!present(row)) return dash;
        const count = row.source.emptyFields.length;
        if (count === 0) return <span className="muted">{m.coverage.noEmptyFields}</span>;
        return count === 1
          ? m.coverage.oneEmptyField
          : m.coverage.emptyFieldCount(format.integer(count));
      },
      sortValue: (row) => (present(row) ? row.source.emptyFields.length : null),
    },
    {
      id: 'orphans',
      header: headers.orphans,
      width: 'minmax(4.5rem, 0.7fr)',
      align: 'end',
      cell: (row) => {
        if (!present(row)) return dash;
        const orphans = row.source.orphans;
        return orphans > 0 ? <span className="text-warning">{format.integer(orphans)}</span> : '0';
      },
      sortValue: (row) => (present(row) ? row.source.orphans : null),
    },
  ];
}
