import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MemorySink, type ByteSink } from '../../../src-main/export/byte-sink';
import { ExportError } from '../../../src-main/export/export-error';
import type { CellValue } from '../../../src-main/export/table';
import { writeXlsx } from '../../../src-main/export/xlsx-export';
import { ZipWriter } from '../../../src-main/export/zip-store';

function* rows(count: number, failAt = Infinity): Generator<CellValue[]> {
  for (let i = 0; i < count; i++) {
    if (i === failAt) throw new Error('the workspace could not be read');
    yield [`row ${i}`, i, 'a text long enough to make the sheet span many chunks'.repeat(4)];
  }
}

describe('streaming ZIP writer', () => {
  it('deflates an entry and records its sizes and CRC in the data descriptor', async () => {
    const sink = new MemorySink();
    const zip = new ZipWriter(sink);
    const text = 'hello, '.repeat(10_000);
    await zip.entry('a.txt', [text.slice(0, 7), text.slice(7)]);
    await zip.finish();
    const bytes = sink.bytes();
    const nameEnd = 30 + 'a.txt'.length;
    expect(bytes.readUInt16LE(8)).toBe(8); // deflate
    const descriptor = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), nameEnd);
    const data = bytes.subarray(nameEnd, descriptor);
    expect(inflateRawSync(data).toString('utf8')).toBe(text);
    expect(bytes.readUInt32LE(descriptor + 8)).toBe(data.length);
    expect(bytes.readUInt32LE(descriptor + 12)).toBe(text.length);
    expect(data.length).toBeLessThan(text.length / 20);
  });

  it('stops with the reader’s own error when the rows fail part way, without hanging', async () => {
    const table = { name: 'x', headers: ['a', 'b', 'c'], rows: rows(50_000, 20_000) };
    await expect(writeXlsx([table], new MemorySink())).rejects.toThrow(
      'the workspace could not be read',
    );
  });

  it('stops with the sink’s error when the disk fails part way, without hanging', async () => {
    let writes = 0;
    const failing: ByteSink = {
      write: async () => {
        await Promise.resolve();
        if (++writes === 12) throw new Error('no space left on the device');
      },
    };
    const table = { name: 'x', headers: ['a', 'b', 'c'], rows: rows(50_000) };
    await expect(writeXlsx([table], failing)).rejects.toThrow('no space left on the device');
  });

  it('refuses the first row past the limit of a streamed table with an ExportError', async () => {
    const table = { name: 'Streamed', headers: ['a', 'b', 'c'], rows: rows(100) };
    const refused = writeXlsx([table], new MemorySink(), { limits: { rows: 100, columns: 3 } });
    await expect(refused).rejects.toBeInstanceOf(ExportError);
    const wide = { name: 'Wide', headers: ['a', 'b'], rows: [[1, 2, 3]] };
    await expect(
      writeXlsx([wide], new MemorySink(), { limits: { rows: 10, columns: 2 } }),
    ).rejects.toThrow('"Wide" has 3 columns; an Excel sheet holds at most 2.');
  });
});
