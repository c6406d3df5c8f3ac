import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../../src-main/session/chosen-files';
import { startBridge, type Bridge } from '../../../src-main/web/bridge-server';
import { sanitiseUploadName } from '../../../src-main/web/upload-name';

interface Reply {
  status: number;
  body: string;
}

const collect = (res: IncomingMessage): Promise<Reply> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () =>
      resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
    );
  });

/** An upload request left open, so the test decides when and how its body is sent. */
function openUpload(
  base: string,
  headers: Record<string, string>,
): { req: ClientRequest; reply: Promise<Reply> } {
  let req: ClientRequest | undefined;
  const reply = new Promise<Reply>((resolve, reject) => {
    req = request(`${base}/api/upload`, { method: 'POST', headers }, (res) =>
      resolve(collect(res)),
    );
    // A refused body may end in a reset connection rather than a reply; that is a refusal too.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE'
        ? resolve({ status: 0, body: error.code })
        : reject(error),
    );
  });
  if (!req) throw new Error('no request');
  return { req, reply };
}

function upload(base: string, headers: Record<string, string>, body: Buffer | string) {
  const { req, reply } = openUpload(base, headers);
  req.end(body);
  return reply;
}

/** Every file under a folder, by its path inside it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) =>
    statSync(join(dir, p)).isFile(),
  );
}

describe('handing files over to the harness for import', () => {
  let bridge: Bridge;
  let base: string;
  const limit = 256 * 1024;
  const chosen = new ChosenFiles();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>app</p>');
    bridge = await startBridge({
      staticDir: dir,
      chosenFiles: chosen,
      maxUploadBytes: limit,
      dispatch: () => Promise.resolve({ ok: true, value: null }),
    });
    base = new URL(bridge.url).origin;
  });
  afterAll(() => bridge.close());

  const withToken = (name: string) => ({
    'x-advocate-lab-token': bridge.token,
    'x-advocate-lab-file-name': encodeURIComponent(name),
    'content-type': 'application/octet-stream',
  });

  it('refuses an upload without the token, with a wrong one, or from another site, and writes nothing', async () => {
    const body = 'account_id\nA1\n';
    const none = await upload(base, { 'x-advocate-lab-file-name': 'a.csv' }, body);
    const wrong = await upload(
      base,
      { ...withToken('a.csv'), 'x-advocate-lab-token': 'x'.repeat(bridge.token.length) },
      body,
    );
    const foreign = await upload(
      base,
      { ...withToken('a.csv'), origin: 'https://attacker.example' },
      body,
    );
    expect([none.status, wrong.status, foreign.status]).toEqual([403, 403, 403]);
    const rebound = await upload(
      base,
      { ...withToken('a.csv'), host: `attacker.example:${new URL(base).port}` },
      body,
    );
    expect(rebound.status).toBe(421);
    expect(filesUnder(bridge.uploadDir)).toEqual([]);
  });

  it('keeps the folder private to this user and each file in a folder of its own', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\ufeff顧客ID,会社名\r\nC1,"Acme, Inc."\r\n', 'utf8'),
      Buffer.from([0x00, 0xff, 0x82, 0xa0]),
    ]);
    const first = await upload(base, withToken('顧客一覧.csv'), bytes);
    const second = await upload(base, withToken('顧客一覧.csv'), 'other');
    expect(first.status).toBe(200);
    const path = (JSON.parse(first.body) as { ok: true; value: string }).value;
    const other = (JSON.parse(second.body) as { ok: true; value: string }).value;
    expect(basename(path)).toBe('顧客一覧.csv');
    expect(readFileSync(path)).toEqual(bytes);
    expect(readFileSync(other, 'utf8')).toBe('other');
    expect(dirname(path)).not.toBe(dirname(other));
    // Each stored copy, and nothing else of the folder, is a file the import channels may read.
    expect(await chosen.readablePath(path)).toBe(realpathSync(path));
    expect(await chosen.readablePath(other)).toBe(realpathSync(other));
    await expect(chosen.readablePath(dirname(path))).rejects.toMatchObject({ code: 'not-chosen' });
    expect(relative(bridge.uploadDir, path).split(/[/\\]/)).toHaveLength(2);
    if (process.platform !== 'win32') {
      expect(statSync(bridge.uploadDir).mode & 0o077).toBe(0);
      expect(statSync(dirname(path)).mode & 0o077).toBe(0);
      expect(statSync(path).mode & 0o077).toBe(0);
    }
  });

  it('never lets the caller choose where the file goes', async () => {
    for (const name of ['../../../etc/cron.d/job', '..\\..\\evil.csv', '/etc/passwd', '..']) {
      const reply = await upload(base, withToken(name), 'x');
      const path = (JSON.parse(reply.body) as { value: string }).value;
      expect(relative(bridge.uploadDir, path).startsWith('..'), name).toBe(false);
      expect(dirname(dirname(path)), name).toBe(bridge.uploadDir);
    }
    expect(existsSync(join(dirname(bridge.uploadDir), 'evil.csv'))).toBe(false);
  });

  it('cleans names up and keeps them readable', () => {
    expect(sanitiseUploadName('ravenstack_accounts.csv')).toBe('ravenstack_accounts.csv');
    expect(sanitiseUploadName(encodeURIComponent('契約 一覧.csv'))).toBe('契約 一覧.csv');
    expect(sanitiseUploadName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseUploadName('C:\\Users\\me\\export.csv')).toBe('export.csv');
    expect(sanitiseUploadName('.bashrc')).toBe('bashrc');
    expect(sanitiseUploadName('...')).toBe('upload.csv');
    expect(sanitiseUploadName('')).toBe('upload.csv');
    expect(sanitiseUploadName(undefined)).toBe('upload.csv');
    expect(sanitiseUploadName('a\u0000b\r\nc<>:"|?*.csv')).toBe('abc.csv');
    expect(sanitiseUploadName('CON.csv')).toBe('_CON.csv');
    expect(sanitiseUploadName('%E0%A4%A.csv')).toBe('%E0%A4%A.csv');
    const long = sanitiseUploadName(`${'é'.repeat(300)}.csv`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.csv')).toBe(true);
  });

  it('streams the body to disk as it arrives, without waiting for the end', async () => {
    const { req, reply } = openUpload(base, {
      ...withToken('big.csv'),
      'transfer-encoding': 'chunked',
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    req.write(chunk);
    // The first chunk is on disk while the request is still open.
    await expect
      .poll(() => filesUnder(bridge.uploadDir).filter((p) => p.endsWith('big.csv')))
      .toHaveLength(1);
    const [partial] = filesUnder(bridge.uploadDir).filter((p) => p.endsWith('big.csv'));
    await expect
      .poll(() => statSync(join(bridge.uploadDir, partial ?? '')).size)
      .toBe(chunk.length);
    req.write(chunk);
    req.end(chunk);
    const done = await reply;
    expect(done.status).toBe(200);
    expect(statSync((JSON.parse(done.body) as { value: string }).value).size).toBe(
      3 * chunk.length,
    );
  });

  it('cuts off a body past the limit and removes what it had written', async () => {
    const before = filesUnder(bridge.uploadDir);
    const { req, reply } = openUpload(base, {
      ...withToken('huge.csv'),
      'transfer-encoding': 'chunked',
    });
    const chunk = Buffer.alloc(64 * 1024, 'b');
    const pump = async () => {
      for (let i = 0; i < 8 && !req.destroyed; i++) {
        if (!req.write(chunk)) await new Promise((r) => setTimeout(r, 5));
      }
      req.end();
    };
    await pump();
    const refused = await reply;
    expect([0, 413]).toContain(refused.status);
    await expect.poll(() => filesUnder(bridge.uploadDir)).toEqual(before);
  });

  it(
    'refuses a declared size past the limit before reading any of it',
    { timeout: 10_000 },
    async () => {
      const { req, reply } = openUpload(base, {
        ...withToken('declared.csv'),
        'content-length': String(limit + 1),
      });
      req.flushHeaders();
      const refused = await reply;
      expect(refused.status).toBe(413);
      expect(refused.body).toMatch(/larger than/);
      req.destroy();
      expect(filesUnder(bridge.uploadDir).some((p) => p.endsWith('declared.csv'))).toBe(false);
    },
  );

  it('removes every uploaded file when the bridge closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const own = await startBridge({
      staticDir: dir,
      chosenFiles: new ChosenFiles(),
      dispatch: () => Promise.resolve({ ok: true, value: null }),
    });
    const reply = await upload(
      new URL(own.url).origin,
      {
        'x-advocate-lab-token': own.token,
        'x-advocate-lab-file-name': 'a.csv',
      },
      'account_id\nA1\n',
    );
    expect(reply.status).toBe(200);
    expect(existsSync(own.uploadDir)).toBe(true);
    await own.close();
    expect(existsSync(own.uploadDir)).toBe(false);
  });
});
