import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectNewline, sniffDelimiter } from '../../../src-main/import/source/dialect';
import { detectEncoding } from '../../../src-main/import/source/encoding-detect';
import { RecordReader } from '../../../src-main/import/source/record-reader';
import { openTextSource } from '../../../src-main/import/source/text-source';
import type { EncodingName } from '../../../src-shared/model/import';
import { useTempDir } from '../../helpers/temp-dir';
import { encodeText, type TestEncoding } from './support/encoders';

const japanese = '顧客ID,会社名\nC-1,株式会社さくら\n';

describe('encoding detection', () => {
  it.each([
    ['utf-8', 'utf-8', 'detected'],
    ['utf-8-bom', 'utf-8', 'bom'],
    ['utf-16le', 'utf-16le', 'bom'],
    ['utf-16be', 'utf-16be', 'bom'],
    ['shift_jis', 'shift_jis', 'detected'],
  ] as const)('tells %s', (written, encoding, source) => {
    const detected = detectEncoding(encodeText(japanese, written as TestEncoding), true);
    expect(detected).toMatchObject({ encoding, source });
  });

  it('tells Windows-1252 from its accented letters, and UTF-16 without a byte-order mark', () => {
    expect(
      detectEncoding(encodeText('name;city\nRené;Zürich\n', 'windows-1252'), true)?.encoding,
    ).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('id,name\n1,Ann\n', 'utf16le'), true)?.encoding).toBe(
      'utf-16le',
    );
  });

  it('refuses binary data', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(detectEncoding(garbage, true)).toBeNull();
  });

  it('does not hold a character cut at the end of the sample against UTF-8', () => {
    const bytes = Buffer.from('name\nさくら\n', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 2), false)?.encoding).toBe('utf-8');
  });
});

describe('dialect', () => {
  it('sniffs the delimiter that splits the rows consistently, honouring quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n', '\n', true)).toBe(',');
    expect(sniffDelimiter('a;b;c\n1,5;2,5;x\n3,25;4;y\n', '\n', true)).toBe(';');
    expect(sniffDelimiter('a\tb\n"x, y"\t2\n', '\n', true)).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n', '\n', true)).toBe('|');
    expect(sniffDelimiter('id,"note; with; semicolons"\n1,"a; b; c"\n', '\n', true)).toBe(',');
    expect(sniffDelimiter('just one column\nvalue\n', '\n', true)).toBe(',');
  });

  it('detects line endings outside quotes', () => {
    expect(detectNewline('a,b\r\n1,2\r\n')).toBe('\r\n');
    expect(detectNewline('a,"x\ny"\r\n')).toBe('\r\n');
    expect(detectNewline('a,b\n')).toBe('\n');
    expect(detectNewline('a,b\r1,2\r')).toBe('\r');
  });
});

describe('streaming records', () => {
  const tempDir = useTempDir();

  function readAll(
    bytes: Buffer,
    encoding: EncodingName,
    chunkBytes: number,
    delimiter: ',' | ';' = ',',
    newline: '\n' | '\r\n' = '\n',
  ) {
    const path = join(tempDir(), 'f.csv');
    writeFileSync(path, bytes);
    const source = openTextSource(path, encoding, bytes.length, { chunkBytes });
    const reader = new RecordReader(source, { delimiter, newline, fileName: 'f.csv', encoding });
    const rows: string[][] = [];
    const lines: number[] = [];
    const problems: string[] = [];
    for (let b = reader.next(); b; b = reader.next()) {
      b.rows.forEach((r, i) => {
        rows.push(r);
        lines.push(b.lines[i] as number);
        const p = b.problems.get(i);
        if (p) problems.push(`${b.lines[i]}: ${p.reason}`);
      });
    }
    source.close();
    return { rows, lines, problems };
  }

  const text =
    'id,name,note\n1,さくら,"multi\nline, with ""quotes"""\n\n2,日本語テキスト,plain\n3,"a,b",\n';
  const expected = [
    ['id', 'name', 'note'],
    ['1', 'さくら', 'multi\nline, with "quotes"'],
    ['2', '日本語テキスト', 'plain'],
    ['3', 'a,b', ''],
  ];

  it.each([1, 2, 3, 5, 7, 64, 4096])(
    'reads the same records whatever the chunk size (%i bytes)',
    (chunk) => {
      for (const encoding of ['utf-8', 'utf-16le', 'shift_jis'] as const) {
        const { rows, lines } = readAll(encodeText(text, encoding), encoding, chunk);
        expect(rows, `${encoding} ${chunk}`).toEqual(expected);
        expect(lines, `${encoding} ${chunk}`).toEqual([1, 2, 5, 6]);
      }
    },
  );

  it('reads CRLF files and a last line without a line break', () => {
    const { rows, lines } = readAll(
      Buffer.from('a;b\r\n"x\r\ny";2\r\n\r\nz;3'),
      'utf-8',
      3,
      ';',
      '\r\n',
    );
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\r\ny', '2'],
      ['z', '3'],
    ]);
    expect(lines).toEqual([1, 2, 5]);
  });

  it('flags a quote that is not doubled, and NUL bytes, by line', () => {
    const { rows, problems } = readAll(
      Buffer.from('a,b\n"say "hi" now",1\nok,2\nn\u0000l,3\n'),
      'utf-8',
      4096,
    );
    expect(rows.length).toBe(4);
    expect(problems).toEqual([
      expect.stringMatching(/^2: a quote inside a quoted field is not doubled/),
      expect.stringMatching(/^4: contains NUL bytes/),
    ]);
  });

  it('reports a quote never closed, with the line it opens on', () => {
    expect(() => readAll(Buffer.from('a,b\n1,2\n3,"never\nclosed\n4,5\n'), 'utf-8', 5)).toThrow(
      /line 3 is never closed/,
    );
  });

  it('places undecodable bytes on their line', () => {
    const bytes = Buffer.concat([
      Buffer.from('a,b\n1,2\n3,'),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from('\n'),
    ]);
    expect(() => readAll(bytes, 'utf-8', 4)).toThrow(/line 3 has bytes that are not valid utf-8/);
  });
});
