import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileSink } from './byte-sink';
import { writeCsv } from './csv-export';
import { csvText } from './csv-writer';
import { ExportError } from './export-error';
import { checkExportTarget, type TargetRules } from './export-target';
import type { CsvEncoding, ExportTable } from './table';
import { writeXlsx, type XlsxOptions } from './xlsx-export';

export type FileFormat = 'csv' | 'xlsx';

export interface WrittenExport {
  path: string;
  bytes: number;
  rows: number;
  /** Characters Shift_JIS cannot hold, written as "?". */
  unmappable: string[];
}

export interface ExportOptions extends TargetRules {
  encoding?: CsvEncoding;
  xlsx?: XlsxOptions;
}

/**
 * Writes a table to a CSV (UTF-8 with BOM, or Shift_JIS) or XLSX file, atomically: the rows stream
 * into a new temporary file in the target's folder, which is renamed over the target only once it
 * is complete, so a failed or refused export leaves whatever was there untouched. The target is
 * checked first (`checkExportTarget`) and again just before the rename.
 */
export async function writeExport(
  table: ExportTable,
  format: FileFormat,
  path: string,
  options: ExportOptions,
): Promise<WrittenExport> {
  let rows = 0;
  const counted: ExportTable = {
    ...table,
    rows: (function* () {
      for (const row of table.rows) {
        rows++;
        yield row;
      }
    })(),
  };
  let unmappable: string[] = [];
  const written = await writeAtomically(path, options, async (sink) => {
    if (format === 'xlsx') await writeXlsx([counted], sink, options.xlsx);
    else unmappable = (await writeCsv(counted, sink, options.encoding)).unmappable;
  });
  return { ...written, rows, unmappable };
}

/** Text (JSON, a report) written to a file under the same rules as a table. */
export const writeTextExport = (
  text: string,
  path: string,
  rules: TargetRules,
): Promise<{ path: string; bytes: number }> =>
  writeAtomically(path, rules, (sink) => sink.write(Buffer.from(text, 'utf8')));

const unwritable = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR']);

async function writeAtomically(
  path: string,
  rules: TargetRules,
  fill: (sink: FileSink) => Promise<void>,
): Promise<{ path: string; bytes: number }> {
  const target = resolve(path);
  checkExportTarget(target, rules);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`,
  );
  const sink = new FileSink(temporary);
  try {
    await fill(sink);
    await sink.close();
    checkExportTarget(target, rules);
    renameSync(temporary, target);
    return { path: target, bytes: sink.bytes };
  } catch (error) {
    await sink.abort();
    rmSync(temporary, { force: true });
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && unwritable.has(code))
      throw new ExportError('cannot-write', `Cannot write ${target}: ${(error as Error).message}`);
    throw error;
  }
}

/** CSV for a terminal or a pipe: UTF-8 text, no byte-order mark. */
export const csvForStdout = (table: ExportTable): string =>
  csvText(table, { guard: true }).replace(/\r\n$/, '');
