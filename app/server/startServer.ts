import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/createBackend';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { checkRequest } from './requestGuard';
import { serveStatic } from './serveStatic';
import { readJsonBody } from './readJsonBody';
import { toJsonText } from '../../shared/api/bytesCodec';

export interface ServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). Without it, only the API is served. */
  staticDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token for tests; otherwise a random one per run. */
  token?: string;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  /** How many requests the guard refused (for logs and tests). */
  refusedCount(): number;
  close(): Promise<void>;
}

const TOKEN_HEADER = 'x-tickmark-token';
export const API_PREFIX = '/api/';

/**
 * Browser mode: the built renderer plus the backend router over HTTP and server-sent events,
 * on 127.0.0.1 only. Every API request must carry the per-run token and come from our origin.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { backend } = options;
  const sseClients = new Set<ServerResponse>();
  let port = 0;
  let refused = 0;

  const unsubscribe = backend.events.subscribe((name, payload) => {
    const frame = `event: message\ndata: ${toJsonText({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Never the exception's text: it may say more about the machine than a page should see.
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'failed', message: 'Internal error.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const url = parseRequestUrl(req.url);
    // A malformed address (bad %-encoding) is refused before anything else looks at it.
    if (!url) {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_args', message: 'Bad request: the address is malformed.' },
      });
    }
    if (!url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
      if (options.staticDir && serveStatic(options.staticDir, url.pathname, res)) return;
      if (options.staticDir && serveStatic(options.staticDir, '/index.html', res)) return;
      res.writeHead(404).end('Not found');
      return;
    }
    const verdict = checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        // EventSource cannot send headers, so the event stream alone takes the token in the query.
        token:
          headerValue(req.headers[TOKEN_HEADER]) ??
          (url.pathname === `${API_PREFIX}events`
            ? (url.searchParams.get('token') ?? undefined)
            : undefined),
      },
      port,
      token,
    );
    if (!verdict.ok) {
      refused += 1;
      req.resume();
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'failed', message: `Refused: ${verdict.reason}.` },
      });
    }
    if (url.pathname === `${API_PREFIX}events` && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    const name = url.pathname.slice(`${API_PREFIX}invoke/`.length);
    if (!url.pathname.startsWith(`${API_PREFIX}invoke/`) || req.method !== 'POST') {
      return sendJson(res, 404, {
        ok: false,
        error: { code: 'unknown_handler', message: 'Not found.' },
      });
    }
    const body = await readJsonBody(req);
    if (!body.ok)
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_args', message: body.message },
      });
    const result = await backend.router.invoke(decodeURIComponent(name), body.value);
    sendJson(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    refusedCount: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = toJsonText(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** The request's URL, or null when it does not parse or its path has malformed %-encoding. */
function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    const url = new URL(raw ?? '/', 'http://127.0.0.1');
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}
