import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../../src-main/session/chosen-files';
import { startBridge, type Bridge } from '../../../src-main/web/bridge-server';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so the Host header can be anything (fetch would not allow it). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        if (res.headers['content-type']?.startsWith('text/event-stream')) {
          resolve({ status: res.statusCode ?? 0, body: '', headers: res.headers });
          res.destroy();
          return;
        }
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback bridge', () => {
  let bridge: Bridge;
  let base: string;
  const calls: unknown[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>app</p>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'export {}');
    bridge = await startBridge({
      staticDir: dir,
      chosenFiles: new ChosenFiles(),
      dispatch: async (channel, req) => {
        calls.push([channel, req]);
        return { ok: true, value: { echoed: channel } };
      },
    });
    base = new URL(bridge.url).origin;
  });
  afterAll(() => bridge.close());

  it('listens on the loopback interface and prints the token in its address', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses the page, assets, requests and events without the token', async () => {
    expect((await send(`${base}/`)).status).toBe(403);
    expect((await send(`${base}/index.html?token=wrong`)).status).toBe(403);
    expect((await send(`${base}/assets/a.js`)).status).toBe(403);
    expect((await send(`${base}/api/events`)).status).toBe(403);
    const invoke = await send(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'workspace:info', request: {} }),
    });
    expect(invoke.status).toBe(403);
    const wrong = await send(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'x-advocate-lab-token': 'x'.repeat(bridge.token.length) },
      body: '{}',
    });
    expect(wrong.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('serves the page with the token, then assets and events by cookie, with the CSP', async () => {
    const page = await send(bridge.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<p>app</p>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^advocate_lab_token=/);
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(page.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    expect((await send(`${base}/assets/a.js`, { headers: { cookie } })).status).toBe(200);
    expect((await send(`${base}/api/events`, { headers: { cookie } })).status).toBe(200);
    expect((await send(`${base}/../../etc/passwd`, { headers: { cookie } })).status).toBe(404);
  });

  it('dispatches requests that carry the token', async () => {
    const reply = await send(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'x-advocate-lab-token': bridge.token, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'workspace:info', request: {} }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'workspace:info' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and cross-origin requests even with the token', async () => {
    const port = new URL(base).port;
    const rebound = await send(bridge.url, { headers: { host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(421);
    const crossOrigin = await send(`${base}/api/invoke`, {
      method: 'POST',
      headers: { 'x-advocate-lab-token': bridge.token, origin: 'https://attacker.example' },
      body: JSON.stringify({ channel: 'workspace:info', request: {} }),
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('refuses oversized and malformed requests', async () => {
    const headers = { 'x-advocate-lab-token': bridge.token };
    expect(
      (await send(`${base}/api/invoke`, { method: 'POST', headers, body: 'not json' })).status,
    ).toBe(400);
    const huge = await send(`${base}/api/invoke`, {
      method: 'POST',
      headers,
      body: 'x'.repeat(2 * 1024 * 1024),
    }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
  });
});
