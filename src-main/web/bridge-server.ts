import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayload } from '../../src-shared/ipc/contract';
import { contentSecurityPolicy } from '../renderer-files/content-security-policy';
import type { Dispatch } from '../ipc/dispatch';
import { readStatic } from '../renderer-files/static-files';
import type { ChosenFiles } from '../session/chosen-files';
import { createUploadStore, type UploadStore } from './upload-store';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The session's chosen files: each file a page uploads becomes one the import channels read. */
  chosenFiles: Pick<ChosenFiles, 'grant'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** The largest file a page may hand over for import; 2 GB by default. */
  maxUploadBytes?: number;
}

export interface Bridge {
  url: string;
  token: string;
  /** The private folder the files handed over for import are kept in until the bridge closes. */
  uploadDir: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close(): Promise<void>;
}

const TOKEN_COOKIE = 'advocate_lab_token';
const TOKEN_HEADER = 'x-advocate-lab-token';
const FILE_NAME_HEADER = 'x-advocate-lab-file-name';
const MAX_BODY = 1024 * 1024;
/** How much of an oversized body is read and thrown away so that its client reads the 413. */
const MAX_DRAIN = 64 * MAX_BODY;

/**
 * The development and test bridge: serves the renderer bundle and the service contract over HTTP on
 * the loopback interface only. Every request must carry the session's random token (in the page URL
 * once, then in a same-site cookie for assets and events, and in a header for requests), and the Host
 * header must name the loopback address, so neither other local users' pages nor DNS rebinding can
 * reach the services. Files the page hands over for import are streamed into a private folder of
 * this session (`/api/upload`), under a cleaned-up name the caller cannot turn into a path, and
 * only those copies are files the import channels will read. The shipped Electron app never starts
 * it.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  const uploads: UploadStore = createUploadStore(
    options.maxUploadBytes === undefined ? {} : { maxBytes: options.maxUploadBytes },
  );
  let port = 0;

  const tokenMatches = (candidate: string | undefined | null) => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isLoopbackHost(req.headers.host, port)) return deny(res, 421, 'Wrong host.');
    const fromCookie = readCookie(req.headers.cookie, TOKEN_COOKIE);
    const fromQuery = url.searchParams.get('token');

    if (url.pathname === '/api/invoke' && req.method === 'POST') {
      if (!tokenMatches(headerValue(req.headers[TOKEN_HEADER])))
        return deny(res, 403, 'Missing or wrong token.');
      if (isForeignOrigin(req.headers.origin, port))
        return deny(res, 403, 'Cross-origin request refused.');
      const body = await readBody(req);
      if (body === null) return refuseUnread(res, 413, 'Request too large.');
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch {
        return deny(res, 400, 'Malformed JSON.');
      }
      if (!isRecord(message))
        return deny(res, 400, 'The body must be a JSON object with a channel and a request.');
      const result = await options.dispatch(message.channel, message.request);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(result));
      return;
    }

    if (url.pathname === '/api/upload' && req.method === 'POST') {
      // The body is never read before both checks pass.
      if (!tokenMatches(headerValue(req.headers[TOKEN_HEADER])))
        return refuseUnread(res, 403, 'Missing or wrong token.');
      if (isForeignOrigin(req.headers.origin, port))
        return refuseUnread(res, 403, 'Cross-origin request refused.');
      const reply = await uploads.receive(req, headerValue(req.headers[FILE_NAME_HEADER]));
      if (!reply.ok) return refuseUnread(res, reply.status, reply.message);
      await options.chosenFiles.grant(reply.path);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify({ ok: true, value: reply.path }));
      return;
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!tokenMatches(fromCookie)) return deny(res, 403, 'Missing or wrong token.');
      if (isForeignOrigin(req.headers.origin, port))
        return deny(res, 403, 'Cross-origin request refused.');
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(res, 405, 'Method not allowed.');
    if (!tokenMatches(fromQuery) && !tokenMatches(fromCookie))
      return deny(res, 403, 'Missing or wrong token.');
    const file = await readStatic(options.staticDir, url.pathname);
    if (!file) return deny(res, 404, 'Not found.');
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': contentSecurityPolicy,
      'referrer-policy': 'no-referrer',
    };
    if (tokenMatches(fromQuery)) {
      headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    uploadDir: uploads.dir,
    emit(event, payload) {
      const frame = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => {
          uploads.close();
          resolve();
        });
      }),
  };
}

function deny(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(message);
}

/**
 * Refuses a request whose body is unread or only partly read, and closes the connection once the
 * answer is sent, so a client that is still sending a large body is not made to send the rest of it.
 */
function refuseUnread(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(message);
}

/** A request a page of another site sent; same-origin fetches and tools without an Origin pass. */
function isForeignOrigin(origin: string | undefined, port: number): boolean {
  return (
    origin !== undefined &&
    origin !== `http://127.0.0.1:${port}` &&
    origin !== `http://localhost:${port}`
  );
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body as text, or null when it is over the limit. An oversized body is drained, not cut off:
 * destroying the socket while the client is still sending resets the connection, and the client
 * would never read the 413. Past a further limit of draining, the connection is dropped.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_DRAIN) req.destroy();
      else if (size > MAX_BODY) {
        chunks.length = 0;
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
