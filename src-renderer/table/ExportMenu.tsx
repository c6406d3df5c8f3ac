import { useState } from 'react';
import type { ListExport, ListExportRequest } from '../../src-shared/model/lists';
import type { AppError, Result } from '../../src-shared/result';
import { api } from '../api/client';
import { downloadBytes } from '../api/download-file';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { DownloadIcon } from '../icons/ui-icons';
import { Popover } from './Popover';
import type { TableColumn } from './table-types';

export type ExportChoice = Pick<ListExportRequest, 'format' | 'encoding'>;

interface ExportMenuProps {
  /** The table's title, for the button's accessible name. */
  title: string;
  testId: string;
  /** Writes the file in main and hands back its bytes. */
  request(choice: ExportChoice): Promise<Result<ListExport>>;
}

type Choice = ExportChoice;

const mime = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Export of a table through the command line's export code: CSV in UTF-8 with a byte-order mark,
 * CSV in Shift_JIS, or an Excel workbook, saved where the analyst chooses.
 */
export function ExportMenu({ title, testId, request }: ExportMenuProps) {
  const m = useMessages();
  const format = useFormat();
  const t = m.table;
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'running' }
    | { kind: 'done'; rows: number; file: string; unmappable: string[] }
    | { kind: 'failed'; error: AppError }
  >({ kind: 'idle' });
  const run = async (choice: Choice) => {
    setState({ kind: 'running' });
    const result = await request(choice);
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    const file = result.value;
    downloadBytes(file.data, file.fileName, mime[choice.format]);
    setState({ kind: 'done', rows: file.rows, file: file.fileName, unmappable: file.unmappable });
  };
  const choices: { label: string; choice: Choice; id: string }[] = [
    { id: 'csv', label: t.exportCsv, choice: { format: 'csv', encoding: 'utf-8' } },
    { id: 'csv-sjis', label: t.exportCsvSjis, choice: { format: 'csv', encoding: 'shift_jis' } },
    { id: 'xlsx', label: t.exportXlsx, choice: { format: 'xlsx', encoding: 'utf-8' } },
  ];
  return (
    <Popover
      label={t.export}
      accessibleLabel={t.exportOf(title)}
      icon={<DownloadIcon />}
      align="end"
      testId={testId}
    >
      <div className="export-menu">
        {choices.map(({ id, label, choice }) => (
          <button
            key={id}
            type="button"
            className="export-choice"
            data-export={id}
            disabled={state.kind === 'running'}
            onClick={() => void run(choice)}
          >
            {label}
          </button>
        ))}
        <p className="export-status" role="status" data-testid="export-status">
          {state.kind === 'running' && t.exporting}
          {state.kind === 'done' && t.exported(format.integer(state.rows), state.file)}
          {state.kind === 'done' && state.unmappable.length > 0 && (
            <span className="export-warning">{t.exportUnmappable(state.unmappable.join(' '))}</span>
          )}
          {state.kind === 'failed' && (
            <span className="export-error">
              {t.exportFailed}: {state.error.message}
            </span>
          )}
        </p>
      </div>
    </Popover>
  );
}

/** The request of a paged list's Export: exactly the rows and columns it shows. */
export const listExportRequest =
  (
    list: ListExportRequest['list'],
    title: string,
    columns: readonly { id: string; header: string }[],
    query: ListExportRequest['query'],
  ) =>
  (choice: ExportChoice) =>
    api.invoke('lists:export', {
      list,
      title,
      columns: columns.map((c) => c.id),
      headers: columns.map((c) => c.header),
      query,
      ...choice,
    });

/** The request of an in-memory table's Export: its rows, each cell as the column exports it. */
export const tableExportRequest =
  <Row,>(title: string, columns: readonly TableColumn<Row>[], rows: readonly Row[]) =>
  (choice: ExportChoice) =>
    api.invoke('tables:export', {
      title,
      headers: columns.map((c) => c.header),
      rows: rows.map((row) => columns.map((c) => (c.exportValue ?? c.sortValue)?.(row) ?? null)),
      ...choice,
    });
