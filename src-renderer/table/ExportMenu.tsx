import { useState } from 'react';
import type { ListExportRequest, ListName, ListQuery } from '../../src-shared/model/lists';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { downloadBytes } from '../api/download-file';
import { useFormat, useMessages } from '../i18n/use-i18n';
import { DownloadIcon } from '../icons/ui-icons';
import { Popover } from './Popover';

interface ExportMenuProps {
  list: ListName;
  /** The table's title: the file's name and the sheet's. */
  title: string;
  /** The columns shown, in order, with their headers. */
  columns: readonly { id: string; header: string }[];
  query: ListQuery;
}

type Choice = Pick<ListExportRequest, 'format' | 'encoding'>;

const mime = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Export of exactly the rows and columns a table shows, through the command line's export code:
 * CSV in UTF-8 with a byte-order mark, CSV in Shift_JIS, or an Excel workbook.
 */
export function ExportMenu({ list, title, columns, query }: ExportMenuProps) {
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
    const result = await api.invoke('lists:export', {
      list,
      title,
      columns: columns.map((c) => c.id),
      headers: columns.map((c) => c.header),
      query,
      ...choice,
    });
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
      testId={`export-${list}`}
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
