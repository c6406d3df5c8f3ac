import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src-main/import/pipeline/import-file';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { encodeText, type TestEncoding } from '../../unit/import/support/encoders';

const hard = [',', ';', '\t', '|', '"', '\n', '\r\n', ' ', "'", '#'];
const alphabets: Record<TestEncoding, string[]> = {
  'utf-8': [...hard, 'a', 'Z', '0', 'é', 'さ', '😀', '€'],
  'utf-8-bom': [...hard, 'a', '7', 'ü', '漢', '🎉'],
  'utf-16le': [...hard, 'b', '3', 'ñ', 'カ', '𝄞'],
  'utf-16be': [...hard, 'c', '5', 'ø', '語'],
  shift_jis: [...hard, 'x', '1', 'ア', '顧', '～', '①'],
  'windows-1252': [...hard, 'q', '2', 'é', 'ü', 'Ø', '£'],
};
/** Column names the presets do not know, so every column but the key is kept in `extra`. */
const columnName = (encoding: TestEncoding, i: number) =>
  encoding === 'shift_jis' ? `列${i}` : `col ${i}`;

describe('an import reads back exactly what was written', () => {
  const tempDir = useTempDir();
  let dir = '';
  let workspace: Workspace;
  beforeAll(() => {
    dir = tempDir();
    workspace = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => workspace.close());

  it('in any delimiter, quoting, line ending and encoding, each detected', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom<TestEncoding>(
            'utf-8',
            'utf-8-bom',
            'utf-16le',
            'utf-16be',
            'shift_jis',
            'windows-1252',
          )
          .chain((encoding) =>
            fc.record({
              encoding: fc.constant(encoding),
              columns: fc.integer({ min: 1, max: 4 }),
              cells: fc.array(
                fc.array(
                  fc
                    .array(fc.constantFrom(...alphabets[encoding]), { maxLength: 6 })
                    .map((p) => p.join('')),
                  { minLength: 4, maxLength: 4 },
                ),
                {
                  minLength: 1,
                  maxLength: 15,
                },
              ),
              delimiter: fc.constantFrom(',', ';', '\t', '|'),
              newline: fc.constantFrom('\n', '\r\n'),
              quoteAll: fc.boolean(),
            }),
          ),
        ({ encoding, columns, cells, delimiter, newline, quoteAll }) => {
          const run = n++;
          const header = [
            'account_id',
            ...Array.from({ length: columns }, (_, i) => columnName(encoding, i + 1)),
          ];
          const rows = cells.map((row, i) => [`K${run}-${i}`, ...row.slice(0, columns)]);
          // Writers quote a field holding anything special; some quote every field.
          const field = (cell: string) =>
            quoteAll || /[",;\t|\r\n]/.test(cell) || cell !== cell.trim()
              ? `"${cell.replace(/"/g, '""')}"`
              : cell;
          const text =
            [header, ...rows].map((r) => r.map(field).join(delimiter)).join(newline) + newline;
          const path = join(dir, `t${run}.csv`);
          writeFileSync(path, encodeText(text, encoding));
          const result = importFile(
            workspace.db,
            path,
            encoding === 'windows-1252' ? { encoding } : {},
            {
              progress: () => {},
              throwIfCancelled: () => {},
            },
          );
          expect([result.delimiter, result.kind, result.rejected, result.inserted]).toEqual([
            delimiter,
            'accounts',
            0,
            rows.length,
          ]);
          const stored = workspace.db
            .prepare(
              `SELECT account_id, extra FROM accounts WHERE account_id LIKE ? ORDER BY rowid`,
            )
            .all(`K${run}-%`) as { account_id: string; extra: string | null }[];
          const expected = rows.map((row) => {
            const extra = Object.fromEntries(
              header.slice(1).flatMap((h, i) => {
                const cell = row[i + 1] ?? '';
                return cell.trim() === '' ? [] : [[h, cell]];
              }),
            );
            return { account_id: row[0], extra: Object.keys(extra).length > 0 ? extra : null };
          });
          expect(
            stored.map((s) => ({
              account_id: s.account_id,
              extra: s.extra === null ? null : (JSON.parse(s.extra) as unknown),
            })),
          ).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
