import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../../src-main/session/chosen-files';
import { startBridge, type Bridge } from '../../../src-main/web/bridge-server';

interface Answer {
  status: number;
  body: string;
}

/** Reads a whole response; fails when the connection breaks before the response is read. */
function answerOf(res: IncomingMessage): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () =>
      resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
    );
    res.on('error', reject);
  });
}

/**
 * Sends a body in pieces, as a browser sends a large one, and returns the answer. A connection that
 * breaks before the answer is read fails the call: that is the failure under test.
 */
function sendInPieces(
  url: string,
  headers: Record<string, string>,
  piece: Buffer,
  pieces: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: 'POST', headers }, (res) => {
      answered = true;
      answerOf(res).then(resolve, reject);
    });
    // Once answered, the server may close while the rest is being written; that is fine.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    let sent = 0;
    const pump = (): void => {
      while (sent < pieces && !req.destroyed) {
        sent++;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the bridge answers hostile requests', () => {
  let bridge: Bridge;
  let base: string;
  let headers: Record<string, string>;
  const calls: unknown[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>app</p>');
    bridge = await startBridge({
      staticDir: dir,
      chosenFiles: new ChosenFiles(),
      dispatch: (channel, req) => {
        calls.push([channel, req]);
        return Promise.resolve({ ok: true, value: null });
      },
    });
    base = new URL(bridge.url).origin;
    headers = { 'x-advocate-lab-token': bridge.token, 'content-type': 'application/json' };
  });
  afterAll(() => bridge.close());

  it('an oversized body gets its 413 before the connection closes', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await sendInPieces(
        `${base}/api/invoke`,
        headers,
        Buffer.alloc(64 * 1024, 'x'),
        40,
      );
      expect(answer).toEqual({ status: 413, body: 'Request too large.' });
    }
    expect(calls).toEqual([]);
  });

  it('an upload past the limit gets its 413 before the connection closes, and leaves no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const small = await startBridge({
      staticDir: dir,
      chosenFiles: new ChosenFiles(),
      dispatch: () => Promise.resolve({ ok: true, value: null }),
      maxUploadBytes: 1024 * 1024,
    });
    try {
      const upload = `${new URL(small.url).origin}/api/upload`;
      const uploadHeaders = {
        'x-advocate-lab-token': small.token,
        'x-advocate-lab-file-name': 'huge.csv',
      };
      for (let attempt = 0; attempt < 3; attempt++) {
        const answer = await sendInPieces(upload, uploadHeaders, Buffer.alloc(64 * 1024, 'u'), 40);
        expect(answer).toEqual({ status: 413, body: 'The file is larger than 1 MB.' });
      }
      expect(readdirSync(small.uploadDir)).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it.each(['null', '[]', '1', '"text"'])(
    'a JSON %s body gets a 400 with a message',
    async (body) => {
      const answer = await sendInPieces(`${base}/api/invoke`, headers, Buffer.from(body), 1);
      expect(answer).toEqual({
        status: 400,
        body: 'The body must be a JSON object with a channel and a request.',
      });
      expect(calls).toEqual([]);
    },
  );

  it('events check the Origin as every other endpoint does', async () => {
    const page = await new Promise<string>((resolve, reject) => {
      request(bridge.url, (res) => {
        resolve(String(res.headers['set-cookie']).split(';')[0] ?? '');
        res.resume();
      })
        .on('error', reject)
        .end();
    });
    const events = `${base}/api/events`;
    expect(await get(events, { cookie: page, origin: 'https://evil.example' })).toBe(403);
    expect(await get(events, { cookie: page, origin: 'null' })).toBe(403);
    expect(await get(events, { cookie: page, origin: base })).toBe(200);
    expect(await get(events, { cookie: page })).toBe(200);
  });
});
