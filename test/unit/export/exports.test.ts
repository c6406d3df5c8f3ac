import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../src-main/export/byte-sink';
import { writeCsv } from '../../../src-main/export/csv-export';
import { csvText } from '../../../src-main/export/csv-writer';
import { encodeShiftJis } from '../../../src-main/export/shift-jis';
import type { CsvEncoding, ExportTable } from '../../../src-main/export/table';
import { writeXlsx } from '../../../src-main/export/xlsx-export';
import { crc32, inflateRawSync } from 'node:zlib';

/** A ZIP archive's entries, found through its central directory and inflated, CRCs checked. */
function zipEntries(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(start, start + compressed));
    expect(crc32(data)).toBe(crc);
    entries.set(name, data.toString('utf8'));
    at += 46 + nameLength + extraLength;
  }
  return entries;
}

const table: ExportTable = {
  name: 'Advocates',
  headers: ['Account', 'Note', 'Score'],
  rows: [
    ['A1', '=1+2', 71.5],
    ['A2', '+cmd', -3],
    ['A3', '-2', null],
    ['A4', '@SUM(A1)', true],
    ['A5', '\tx', 0],
    ['A6', '＝１', 1],
    ['A7', 'a "quoted", text\nline', 2],
  ],
};

async function csvFile(table: ExportTable, encoding: CsvEncoding = 'utf-8') {
  const sink = new MemorySink();
  const written = await writeCsv(table, sink, encoding);
  return { bytes: sink.bytes(), ...written };
}

describe('exports', () => {
  it('writes CSV with CRLF, quoting, neutralised text and numbers as numbers', () => {
    const lines = csvText(table, { guard: true }).split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      'Account,Note,Score',
      "A1,'=1+2,71.5",
      "A2,'+cmd,-3",
      "A3,'-2,",
      "A4,'@SUM(A1),TRUE",
      "A5,'\tx,0",
      "A6,'＝１,1",
    ]);
    expect(csvText(table, { guard: true })).toContain('A7,"a ""quoted"", text\nline",2');
  });

  it('writes raw cells without the guard when asked, for files to be fixed and imported again', () => {
    expect(csvText(table, { guard: false })).toContain('A3,-2,\r\nA4,@SUM(A1),TRUE');
  });

  it('starts UTF-8 files with a byte-order mark, and can write Shift_JIS for older Excel', async () => {
    const utf8 = await csvFile(table);
    expect(utf8.rows).toBe(7);
    expect([...utf8.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const japanese: ExportTable = {
      name: 'x',
      headers: ['会社名'],
      rows: [['株式会社テスト'], ['😀']],
    };
    const sjis = await csvFile(japanese, 'shift_jis');
    expect(new TextDecoder('shift_jis').decode(sjis.bytes)).toBe(
      '会社名\r\n株式会社テスト\r\n?\r\n',
    );
    expect(sjis.unmappable).toEqual(['😀']);
    expect(encodeShiftJis('A').bytes).toEqual(Buffer.from([0x41]));
  });

  it('writes an XLSX workbook whose parts a spreadsheet can open', async () => {
    const sink = new MemorySink();
    await writeXlsx([table], sink);
    const entries = zipEntries(sink.bytes());
    expect([...entries.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = entries.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain(`<c r="B2" t="inlineStr"><is><t>'=1+2</t></is></c>`);
    expect(sheet).toContain('<c r="C2"><v>71.5</v></c>');
    expect(sheet).toContain('<c r="C5" t="b"><v>1</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">a &quot;quoted&quot;, text\nline</t>');
    expect(entries.get('xl/workbook.xml')).toContain('<sheet name="Advocates"');
  });
});
