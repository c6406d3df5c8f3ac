import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import type { ByteSink } from './byte-sink';

/**
 * A ZIP archive written entry by entry into a sink, each entry deflated as it streams (Node's
 * zlib), so an archive of any size never sits in memory. Sizes and the CRC follow each entry in a
 * data descriptor; the central directory at the end holds them for readers. ZIP64 records are
 * written when a size, an offset or the entry count outgrows the classic fields
 * (APPNOTE.TXT 4.3.9, 4.4.8, 4.5.3, 4.3.14).
 */
export interface ZipOptions {
  /** Sizes and offsets from this value on need ZIP64; lower only to test the ZIP64 records. */
  zip64From?: number;
  /**
   * zlib's compression level, 1 (fastest) to 9 (smallest). 1 by default: on a sheet of a million
   * rows it deflates in 60 % of level 6's time for a file 20 % larger (bench/RESULTS.md, Export).
   */
  level?: number;
}

interface Written {
  name: Buffer;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

const MAX32 = 0xffffffff;
/** 1980-01-01 00:00 in DOS format: a fixed time keeps the file byte-identical for the same data. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly zip64From: number;
  private readonly level: number;

  constructor(
    private readonly sink: ByteSink,
    options: ZipOptions = {},
  ) {
    this.zip64From = options.zip64From ?? MAX32;
    this.level = options.level ?? 1;
  }

  private async put(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.sink.write(bytes);
  }

  /** Adds one entry, deflating its chunks as they come; a chunk may be text (UTF-8) or bytes. */
  async entry(name: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt16LE(nameBytes.length, 26);
    await this.put(local);
    await this.put(nameBytes);

    const deflate = createDeflateRaw({ level: this.level });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const feed = (async () => {
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        crc = crc32(bytes, crc);
        size += bytes.length;
        if (!deflate.write(bytes)) await once(deflate, 'drain');
      }
      deflate.end();
    })().catch((error: unknown) => {
      deflate.destroy(error as Error);
      throw error;
    });
    // Handled at once so that a failure is not reported as unhandled before it is awaited below.
    feed.catch(() => {});
    try {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        compressed += out.length;
        await this.put(out);
      }
    } catch (error) {
      // The sink failed: stop the feeder, which may be waiting for the deflater to drain.
      deflate.destroy(error as Error);
      await feed.catch(() => {});
      throw error;
    }
    // The feeder's own failure (a limit, a read) is the one to report.
    await feed;

    const large = size >= this.zip64From || compressed >= this.zip64From;
    const descriptor = Buffer.alloc(large ? 24 : 16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    if (large) {
      descriptor.writeBigUInt64LE(BigInt(compressed), 8);
      descriptor.writeBigUInt64LE(BigInt(size), 16);
    } else {
      descriptor.writeUInt32LE(compressed, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    await this.put(descriptor);
    this.entries.push({ name: nameBytes, crc, size, compressed, offset });
  }

  /** Writes the central directory and the end records; the archive is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.put(this.centralHeader(e));
    const size = this.offset - start;
    const count = this.entries.length;
    const needs64 = count >= 0xffff || start >= this.zip64From || size >= this.zip64From;
    if (needs64) {
      const end64At = this.offset;
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(0x06064b50, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE(45, 12);
      end64.writeUInt16LE(45, 14);
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
      end64.writeBigUInt64LE(BigInt(size), 40);
      end64.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(end64At), 8);
      locator.writeUInt32LE(1, 16);
      await this.put(end64);
      await this.put(locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(needs64 ? 0xffff : count, 8);
    end.writeUInt16LE(needs64 ? 0xffff : count, 10);
    end.writeUInt32LE(needs64 ? MAX32 : size, 12);
    end.writeUInt32LE(needs64 ? MAX32 : start, 16);
    await this.put(end);
  }

  private centralHeader(e: Written): Buffer {
    // ZIP64 extra field: the values that do not fit, in this order (APPNOTE 4.5.3).
    const extra: bigint[] = [];
    const fit = (value: number): number => {
      if (value < this.zip64From) return value;
      extra.push(BigInt(value));
      return MAX32;
    };
    const size = fit(e.size);
    const compressed = fit(e.compressed);
    const offset = fit(e.offset);
    const extraField = Buffer.alloc(extra.length > 0 ? 4 + 8 * extra.length : 0);
    if (extra.length > 0) {
      extraField.writeUInt16LE(0x0001, 0);
      extraField.writeUInt16LE(8 * extra.length, 2);
      extra.forEach((value, i) => extraField.writeBigUInt64LE(value, 4 + 8 * i));
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt16LE(extraField.length, 30);
    central.writeUInt32LE(offset, 42);
    return Buffer.concat([central, e.name, extraField]);
  }
}
