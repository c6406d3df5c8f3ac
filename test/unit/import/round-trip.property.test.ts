import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordReader } from '../../../src-main/import/source/record-reader';
import { openTextSource } from '../../../src-main/import/source/text-source';
import { useTempDir } from '../../helpers/temp-dir';
import { encodeText, type TestEncoding } from './support/encoders';

const encodingOf: Record<
  TestEncoding,
  'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252'
> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  shift_jis: 'shift_jis',
  'windows-1252': 'windows-1252',
};

/** Characters each encoding can carry, with the ones that make CSV hard: delimiters, quotes, line breaks, spaces. */
const hard = [',', ';', '\t', '|', '"', '\n', '\r\n', '\r', ' ', "'"];
const alphabets: Record<TestEncoding, string[]> = {
  'utf-8': [...hard, 'a', 'Z', '0', '9', 'é', 'ß', 'さ', '日', '😀', '\u00a0', '€'],
  'utf-8-bom': [...hard, 'a', '7', 'ü', '漢', '🎉'],
  'utf-16le': [...hard, 'b', '3', 'ñ', 'カ', '𝄞'],
  'utf-16be': [...hard, 'c', '5', 'ø', '語', '💡'],
  shift_jis: [...hard, 'x', '1', 'ア', '顧', '客', '～', '①', 'ー', '髙'],
  'windows-1252': [...hard, 'q', '2', 'é', 'ü', 'ñ', 'Ø', '£'],
};

const encodingArb = fc.constantFrom<TestEncoding>(
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'shift_jis',
  'windows-1252',
);
const cellArb = (encoding: TestEncoding) =>
  fc
    .array(fc.constantFrom(...alphabets[encoding]), { maxLength: 8 })
    .map((parts) => parts.join(''));

function quoteIfNeeded(
  cell: string,
  mustQuote: (cell: string) => boolean,
  quoteAll: boolean,
): string {
  return quoteAll || mustQuote(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === '');

describe('streamed records read back exactly what was written', () => {
  const tempDir = useTempDir();

  it('in any dialect, encoding and chunk size', () => {
    const dir = tempDir();
    let n = 0;
    fc.assert(
      fc.property(
        encodingArb.chain((encoding) =>
          fc.record({
            encoding: fc.constant(encoding),
            table: fc.integer({ min: 1, max: 5 }).chain((columns) =>
              fc.array(fc.array(cellArb(encoding), { minLength: columns, maxLength: columns }), {
                minLength: 1,
                maxLength: 12,
              }),
            ),
            delimiter: fc.constantFrom<',' | ';' | '\t' | '|'>(',', ';', '\t', '|'),
            newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
            quoteAll: fc.boolean(),
            finalNewline: fc.boolean(),
            chunkBytes: fc.integer({ min: 1, max: 64 }),
          }),
        ),
        ({ encoding, table, delimiter, newline, quoteAll, finalNewline, chunkBytes }) => {
          const mustQuote = (cell: string) => /["\r\n]/.test(cell) || cell.includes(delimiter);
          const text =
            table
              .map((row) => row.map((c) => quoteIfNeeded(c, mustQuote, quoteAll)).join(delimiter))
              .join(newline) + (finalNewline ? newline : '');
          const path = join(dir, `t${n++}.csv`);
          const bytes = encodeText(text, encoding);
          writeFileSync(path, bytes);
          const source = openTextSource(path, encodingOf[encoding], bytes.length, { chunkBytes });
          const reader = new RecordReader(source, {
            delimiter,
            newline,
            fileName: 't.csv',
            encoding,
          });
          const rows: string[][] = [];
          for (let batch = reader.next(); batch; batch = reader.next()) {
            expect(batch.problems.size).toBe(0);
            rows.push(...batch.rows);
          }
          source.close();
          expect(rows).toEqual(table.filter((row) => !isBlankRow(row)));
        },
      ),
      { numRuns: 400 },
    );
  });
});
