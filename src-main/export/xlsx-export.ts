import type { ByteSink } from './byte-sink';
import type { ExportTable } from './table';
import { escapeXml, excelLimits, sheetXml, type SheetLimits } from './xlsx-sheet';
import { ZipWriter, type ZipOptions } from './zip-store';

const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel forbids these in sheet names and limits them to 31 characters. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';

interface Sheet {
  table: ExportTable;
  file: string;
  id: number;
}

const contentTypes = (sheets: readonly Sheet[]): string =>
  head +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  sheets
    .map(
      (s) =>
        `<Override PartName="/xl/worksheets/${s.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('') +
  '</Types>';

const rootRels =
  head +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const workbook = (sheets: readonly Sheet[]): string =>
  head +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
  sheets
    .map(
      (s) =>
        `<sheet name="${escapeXml(sheetName(s.table.name))}" sheetId="${s.id}" r:id="rId${s.id}"/>`,
    )
    .join('') +
  '</sheets></workbook>';

const workbookRels = (sheets: readonly Sheet[]): string =>
  head +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  sheets
    .map(
      (s) =>
        `<Relationship Id="rId${s.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${s.file}"/>`,
    )
    .join('') +
  `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  '</Relationships>';

const styles =
  head +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '</styleSheet>';

export interface XlsxOptions extends ZipOptions {
  /** Excel's sheet size unless a test asks for a smaller one. */
  limits?: SheetLimits;
}

/**
 * A workbook of one sheet per table, in the minimal SpreadsheetML parts: content types, package
 * relationships, the workbook and its relationships, a style sheet (bold header) and the sheets.
 * Text is written inline, so there is no shared-strings part to hold in memory. Each sheet streams
 * row by row through the deflater into the sink; a table beyond Excel's limits is refused with an
 * ExportError, never cut short.
 */
export async function writeXlsx(
  tables: readonly ExportTable[],
  sink: ByteSink,
  options: XlsxOptions = {},
): Promise<void> {
  const sheets = tables.map((t, i) => ({ table: t, file: `sheet${i + 1}.xml`, id: i + 1 }));
  const zip = new ZipWriter(sink, options);
  await zip.entry('[Content_Types].xml', [contentTypes(sheets)]);
  await zip.entry('_rels/.rels', [rootRels]);
  await zip.entry('xl/workbook.xml', [workbook(sheets)]);
  await zip.entry('xl/_rels/workbook.xml.rels', [workbookRels(sheets)]);
  await zip.entry('xl/styles.xml', [styles]);
  for (const s of sheets)
    await zip.entry(`xl/worksheets/${s.file}`, sheetXml(s.table, options.limits ?? excelLimits));
  await zip.finish();
}
