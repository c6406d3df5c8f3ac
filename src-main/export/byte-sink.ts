import { createWriteStream, type WriteStream } from 'node:fs';

/** Where an export's bytes go: a file, or memory in tests and for small answers. */
export interface ByteSink {
  write(bytes: Uint8Array): void | Promise<void>;
}

/**
 * A file written through a write stream that honours backpressure: a write waits for the stream to
 * drain once its buffer is full, so a large export never piles up in memory.
 */
export class FileSink implements ByteSink {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  bytes = 0;

  constructor(path: string) {
    // 'wx': the temporary file is new; an existing file is never written through.
    this.stream = createWriteStream(path, { flags: 'wx' });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    this.bytes += bytes.length;
    if (this.stream.write(bytes)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off('drain', onDrain);
        reject(error);
      };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  /** Flushes and closes the file; it is on disk when this resolves. */
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }

  /** Closes the file after a failure, without waiting for anything more to be written. */
  abort(): Promise<void> {
    return new Promise((resolve) => {
      if (this.stream.closed) resolve();
      else this.stream.destroy();
      this.stream.once('close', () => resolve());
    });
  }
}

/** Collects the bytes in memory. */
export class MemorySink implements ByteSink {
  private readonly parts: Uint8Array[] = [];

  write(bytes: Uint8Array): void {
    this.parts.push(bytes);
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}
