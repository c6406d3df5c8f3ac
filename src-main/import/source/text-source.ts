import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { EncodingName } from '../../../src-shared/model/import';

/** Bytes that are not valid in the file's encoding, found while decoding. */
export class UndecodableBytesError extends Error {
  constructor(
    /** The text decoded from the chunk before the first bad byte, to place it on a line. */
    readonly textBefore: string,
    readonly byteOffset: number,
  ) {
    super('undecodable bytes');
  }
}

export interface TextSource {
  /** The next piece of decoded text, or null at the end of the file. */
  read(): string | null;
  readonly bytesRead: number;
  readonly size: number;
  close(): void;
}

export const CHUNK_BYTES = 1 << 16;

/**
 * Reads a file in chunks and decodes it as it goes. The decoder keeps the bytes of a character that
 * a chunk boundary cuts and completes it from the next chunk, so multi-byte characters (UTF-8,
 * Shift_JIS, UTF-16) decode correctly wherever the boundaries fall. Reading is synchronous so that
 * the whole import, from bytes to rows, runs inside one database transaction.
 */
export function openTextSource(
  path: string,
  encoding: EncodingName,
  size: number,
  options: { chunkBytes?: number | undefined; hash?: Hash | undefined } = {},
): TextSource {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const fd = openSync(path, 'r');
  // The decoder drops a byte-order mark of its own encoding; every byte goes into the file's hash.
  const decoder = new TextDecoder(encoding, { fatal: true });
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let position = 0;
  let done = false;
  let closed = false;
  return {
    get bytesRead() {
      return position;
    },
    size,
    read() {
      if (done) return null;
      const n = readSync(fd, buffer, 0, chunkBytes, position);
      const chunk = buffer.subarray(0, n);
      options.hash?.update(chunk);
      const start = position;
      position += n;
      if (n === 0) done = true;
      try {
        const text = decoder.decode(chunk, { stream: !done });
        return text === '' && !done ? '' : text;
      } catch {
        const lenient = new TextDecoder(encoding).decode(chunk);
        const bad = lenient.indexOf('\ufffd');
        throw new UndecodableBytesError(lenient.slice(0, Math.max(0, bad)), start);
      }
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}

/** The first bytes of a file, for detecting its encoding and dialect. */
export function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
