import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sanitiseUploadName } from './upload-name';

/** Real exports run to hundreds of megabytes; this leaves room and still bounds the disk used. */
export const maxUploadBytes = 2 * 1024 ** 3;

export type UploadReply =
  { ok: true; path: string } | { ok: false; status: 400 | 413; message: string };

export interface UploadStore {
  /** The session's private folder; every upload gets its own folder inside it. */
  readonly dir: string;
  /**
   * Streams one request body to disk, never holding more than a chunk of it in memory. A body that
   * grows past the limit is cut off and its partial file removed.
   */
  receive(req: IncomingMessage, name: string | undefined): Promise<UploadReply>;
  /** Removes every uploaded file. */
  close(): void;
}

class TooLargeError extends Error {}

/** Passes bytes through until more than `limit` have gone by, then fails the stream. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) done(new TooLargeError());
      else done(null, chunk);
    },
  });
}

const tooLarge = (limit: number): UploadReply => ({
  ok: false,
  status: 413,
  message: `The file is larger than ${Math.round(limit / 1024 ** 2)} MB.`,
});

/**
 * Where the web harness keeps the files a page hands over for import, since the import channels read
 * files by path. The folder is created private to this user, names are never taken from the caller
 * as paths, and everything goes when the harness stops.
 */
export function createUploadStore(options: { maxBytes?: number } = {}): UploadStore {
  const limit = options.maxBytes ?? maxUploadBytes;
  // mkdtemp creates the folder readable by its owner only.
  const dir = mkdtempSync(join(tmpdir(), 'advocate-lab-uploads-'));

  return {
    dir,
    async receive(req, rawName) {
      const declared = Number(req.headers['content-length'] ?? 'NaN');
      if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
      // Its own folder per upload: two files of the same name never meet, and the name stays whole.
      const folder = join(dir, randomUUID());
      const path = join(folder, sanitiseUploadName(rawName));
      if (dirname(resolve(path)) !== resolve(folder)) {
        return { ok: false, status: 400, message: 'The file name is not acceptable.' };
      }
      mkdirSync(folder, { mode: 0o700 });
      try {
        await pipeline(
          req,
          byteLimit(limit),
          createWriteStream(path, { flags: 'wx', mode: 0o600 }),
        );
        return { ok: true, path };
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        if (error instanceof TooLargeError) return tooLarge(limit);
        return { ok: false, status: 400, message: 'The upload was interrupted.' };
      }
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
