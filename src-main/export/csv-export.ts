import type { ByteSink } from './byte-sink';
import { csvChunks } from './csv-writer';
import { encodeShiftJis } from './shift-jis';
import type { CsvEncoding, ExportTable } from './table';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface WrittenCsv {
  rows: number;
  /** Characters Shift_JIS cannot hold, written as "?". */
  unmappable: string[];
}

/**
 * CSV as Excel opens it without an import wizard: UTF-8 with a byte-order mark, or Shift_JIS
 * (CP932) for older Japanese Excel. Lines end in CRLF; text that could run as a formula is guarded.
 */
export async function writeCsv(
  table: ExportTable,
  sink: ByteSink,
  encoding: CsvEncoding = 'utf-8',
): Promise<WrittenCsv> {
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
  const unmappable = new Set<string>();
  if (encoding === 'utf-8') await sink.write(BOM);
  for (const chunk of csvChunks(counted, { guard: true })) {
    if (encoding === 'shift_jis') {
      const encoded = encodeShiftJis(chunk);
      for (const char of encoded.unmappable) unmappable.add(char);
      await sink.write(encoded.bytes);
    } else await sink.write(Buffer.from(chunk, 'utf8'));
  }
  return { rows, unmappable: [...unmappable] };
}
