import type { ImportRunSummary } from '../../../src-shared/model/import';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { TableColumn } from '../../table/table-types';
import { kindLabel } from './import-labels';
import { RunActions } from './RunActions';

/** The history's columns: when, which file as what, the counts, the state and the actions. */
export function historyColumns(
  m: Messages,
  format: Formatters,
  onUndo: (run: ImportRunSummary) => void,
): TableColumn<ImportRunSummary>[] {
  const t = m.import.history;
  const count = (
    id: 'rowsRead' | 'inserted' | 'updated' | 'rejected',
    width = 'minmax(5.5rem, 0.6fr)',
  ): TableColumn<ImportRunSummary> => ({
    id,
    header: t.columns[id],
    align: 'end',
    width,
    sortValue: (run) => run[id],
    cell: (run) => format.integer(run[id]),
  });
  return [
    {
      id: 'when',
      header: t.columns.when,
      width: 'minmax(10rem, 0.9fr)',
      sortValue: (run) => run.startedAt,
      cell: (run) => (
        <span title={format.dateTime(run.startedAt)}>{format.shortDateTime(run.startedAt)}</span>
      ),
    },
    {
      id: 'file',
      header: t.columns.file,
      width: 'minmax(9rem, 2fr)',
      sortValue: (run) => run.fileName,
      cell: (run) => (
        <span className="history-file">
          <span className="history-file-name" title={run.fileName}>
            {run.fileName}
          </span>
          <span className="history-file-kind">{kindLabel(m, run.kind)}</span>
        </span>
      ),
    },
    count('rowsRead', 'minmax(6rem, 0.7fr)'),
    count('inserted'),
    count('updated'),
    count('rejected'),
    {
      id: 'status',
      header: t.columns.status,
      width: 'minmax(6.5rem, 0.7fr)',
      sortValue: (run) => run.status,
      cell: (run) =>
        run.status === 'undone' ? (
          <span
            className="badge badge-muted"
            title={run.undoneAt ? format.dateTime(run.undoneAt) : undefined}
          >
            {t.status.undone}
          </span>
        ) : (
          <span className={run.undoable ? 'badge badge-done' : 'badge badge-muted'}>
            {run.undoable ? t.status.completed : t.status.sample}
          </span>
        ),
    },
    {
      id: 'actions',
      header: t.columns.actions,
      width: 'minmax(10.5rem, 1fr)',
      cell: (run) => <RunActions run={run} onUndo={onUndo} />,
    },
  ];
}
