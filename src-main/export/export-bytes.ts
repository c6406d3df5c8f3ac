import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListExport } from '../../src-shared/model/lists';
import type { CsvEncoding, ExportTable } from './table';
import { writeExport, type FileFormat } from './write-export';

/**
 * A table written by the command line's export code into a private temporary folder, and handed
 * back as bytes for a view to save where the analyst chooses. The rows stream into the file; only
 * the finished file is held. `protect` names files never to be written (the open workspace).
 */
export async function exportToBytes(
  table: ExportTable,
  format: FileFormat,
  encoding: CsvEncoding,
  protect: readonly string[],
): Promise<ListExport> {
  const folder = mkdtempSync(join(tmpdir(), 'advocate-lab-export-'));
  try {
    const written = await writeExport(table, format, join(folder, `export.${format}`), {
      replace: false,
      protect,
      encoding,
    });
    return {
      fileName: `${safeFileName(table.name)}.${format}`,
      rows: written.rows,
      bytes: written.bytes,
      unmappable: written.unmappable,
      data: readFileSync(written.path).toString('base64'),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A file name from a table's title: no characters any desktop refuses in a name. */
const safeFileName = (title: string): string =>
  title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 120) || 'export';
