import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListExport, ListExportRequest } from '../../../src-shared/model/lists';
import type { ExportTable } from '../../export/table';
import { writeExport } from '../../export/write-export';
import type { ListDefinition } from './list-definition';
import { listRows } from './list-query';

/**
 * Exactly the rows and columns a view shows, in its order and with its headers, written by the
 * command line's export code (CSV in UTF-8 with a byte-order mark or Shift_JIS, or XLSX, with the
 * formula guard) into a private temporary folder, then handed back as bytes for the view to save.
 * The rows stream from the store into the file; only the finished file is held.
 */
export async function exportList(
  db: Database.Database,
  def: ListDefinition,
  request: ListExportRequest,
): Promise<ListExport> {
  const { columns, headers, query, format, encoding } = request;
  const table: ExportTable = {
    name: request.title,
    headers: columns.map((id, k) => headers[k] ?? id),
    rows: listRows(db, def, query, columns),
  };
  const folder = mkdtempSync(join(tmpdir(), 'advocate-lab-export-'));
  try {
    const written = await writeExport(table, format, join(folder, `export.${format}`), {
      replace: false,
      protect: [db.name],
      encoding,
    });
    return {
      fileName: `${safeName(request.title)}.${format}`,
      rows: written.rows,
      bytes: written.bytes,
      unmappable: written.unmappable,
      data: readFileSync(written.path).toString('base64'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A file name from a view's title: no characters any desktop refuses in a name. */
const safeName = (title: string): string =>
  title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 120) || 'export';
