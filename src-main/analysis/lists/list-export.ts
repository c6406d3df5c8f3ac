import type Database from 'better-sqlite3';
import type { ListExport, ListExportRequest } from '../../../src-shared/model/lists';
import { exportToBytes } from '../../export/export-bytes';
import type { ListDefinition } from './list-definition';
import { listRows } from './list-query';

/**
 * Exactly the rows and columns a view shows, in its order and with its headers, written by the
 * command line's export code: CSV in UTF-8 with a byte-order mark or Shift_JIS, or XLSX, with the
 * formula guard. The rows stream from the store into the file.
 */
export function exportList(
  db: Database.Database,
  def: ListDefinition,
  request: ListExportRequest,
): Promise<ListExport> {
  const { columns, headers, query } = request;
  return exportToBytes(
    {
      name: request.title,
      headers: columns.map((id, k) => headers[k] ?? id),
      rows: listRows(db, def, query, columns),
    },
    request.format,
    request.encoding,
    [db.name],
  );
}
