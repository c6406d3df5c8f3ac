import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvFileWriter, csvField, money } from '../../../sample-generator/csv-writer';
import { useTempDir } from '../../helpers/temp-dir';

describe('CSV writer', () => {
  const tempDir = useTempDir();

  it('quotes only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(money((2.005 * 100) / 100)).toBe('2.01');
    expect(money(29)).toBe('29.00');
  });

  it('writes rows that a CSV parser reads back unchanged, in both line-end styles', () => {
    const rows = [
      ['Love the "automations" feature, honestly', '佐藤', 'Müller GmbH & Co. KG', ''],
      ['line one\nline two', '=SUM(A1)', '42', 'ok'],
    ];
    for (const lineEnd of ['\n', '\r\n'] as const) {
      const path = join(tempDir(), 'out.csv');
      const writer = new CsvFileWriter(path, ['a', 'b', 'c', 'd'], lineEnd);
      for (let i = 0; i < 5_000; i++) writer.row(rows[i % 2] ?? []);
      const written = writer.close();
      const text = readFileSync(path, 'utf8');
      expect(written.bytes).toBe(Buffer.byteLength(text));
      expect(written.rows).toBe(5_000);
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual(['a', 'b', 'c', 'd']);
      expect(parsed.data.slice(1, 3)).toEqual(rows);
      expect(parsed.data).toHaveLength(5_001);
    }
  });
});
